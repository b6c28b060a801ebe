package org.happystation.points.records;

/** Why a record waits for a manager instead of being approved automatically. */
public enum ReviewReason {
    /** The volunteer forgot to check out; the record was closed at the activity's end. */
    FORGOTTEN_CHECK_OUT,
    /** Checked out well after the scheduled end. */
    OUTSIDE_WINDOW,
    /** Shorter than the activity's minimum duration. */
    BELOW_MINIMUM,
    /** Reported by the volunteer through a station service, with nobody at the station confirming it. */
    REPORTED_BY_VOLUNTEER,
    /** A correction the volunteer asked for. */
    CORRECTION
}
