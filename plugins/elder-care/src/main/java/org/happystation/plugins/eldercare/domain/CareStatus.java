package org.happystation.plugins.eldercare.domain;

import java.util.Locale;
import org.happystation.plugin.api.Reservations;

/**
 * Where a booking stands: the host's statuses, plus PENDING (stored, the place not yet taken) and COMPLETED
 * (the care worker delivered the service; the host's booking is then checked in).
 */
public enum CareStatus {
    PENDING,
    BOOKED,
    WAITLISTED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW,
    COMPLETED;

    /** The key of the status in words, in the message bundles. */
    public String messageKey() {
        return "status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the booking still holds a place or a place on the waitlist. */
    public boolean open() {
        return this == BOOKED || this == WAITLISTED;
    }

    /** The elder came (or was visited). */
    public boolean attended() {
        return this == CHECKED_IN || this == COMPLETED;
    }

    static CareStatus of(Reservations.Status status) {
        return valueOf(status.name());
    }

    static CareStatus stored(String name) {
        for (CareStatus each : values()) {
            if (each.name().equals(name)) {
                return each;
            }
        }
        return PENDING;
    }
}
