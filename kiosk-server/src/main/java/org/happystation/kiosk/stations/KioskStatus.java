package org.happystation.kiosk.stations;

/** A kiosk waits for its one-time code, then serves residents until a manager retires it. */
public enum KioskStatus {
    AWAITING_REGISTRATION,
    ACTIVE,
    RETIRED
}
