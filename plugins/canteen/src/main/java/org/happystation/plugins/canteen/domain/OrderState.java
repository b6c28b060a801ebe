package org.happystation.plugins.canteen.domain;

import java.util.Locale;

/** Where a meal order stands, from the kiosk to the table or the door. */
public enum OrderState {
    ORDERED,
    PAID,
    READY,
    COLLECTED,
    DELIVERED,
    NO_SHOW,
    CANCELLED;

    /** Whether the order still holds a meal (not cancelled). */
    public boolean active() {
        return this != CANCELLED;
    }

    /** Whether the meal is still to be handed over. */
    public boolean open() {
        return this == ORDERED || this == PAID || this == READY;
    }

    /** The key of the state's name in the message bundles. */
    public String messageKey() {
        return "state." + name().toLowerCase(Locale.ROOT);
    }
}
