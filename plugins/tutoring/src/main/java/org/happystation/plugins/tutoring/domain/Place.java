package org.happystation.plugins.tutoring.domain;

import org.happystation.plugin.api.Reservations.Status;

/**
 * Where a child stands in a class now.
 *
 * @param status the host's booking status: BOOKED (a place) or WAITLISTED
 * @param waitlistPosition 1 for the first on the waitlist; 0 with a place
 */
public record Place(Enrolment enrolment, Status status, int waitlistPosition) {

    /** Whether the child has a place. */
    public boolean booked() {
        return status == Status.BOOKED || status == Status.CHECKED_IN;
    }

    /** Whether the child waits for a place. */
    public boolean waiting() {
        return status == Status.WAITLISTED;
    }
}
