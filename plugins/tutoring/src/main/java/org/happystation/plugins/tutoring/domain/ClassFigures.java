package org.happystation.plugins.tutoring.domain;

import java.util.OptionalInt;

/**
 * A class's figures for the manager.
 *
 * @param enrolled children with a place now
 * @param waitlisted children waiting now
 * @param sessionsHeld sessions whose attendance was saved
 * @param presences and {@code absences}: marks over all held sessions
 */
public record ClassFigures(
        TutoringClass tutoringClass, int enrolled, int waitlisted, int sessionsHeld, int presences, int absences) {

    /** Presences out of all marks, in percent; empty before any session was held. */
    public OptionalInt attendanceRate() {
        return Rate.percent(presences, presences + absences);
    }
}
