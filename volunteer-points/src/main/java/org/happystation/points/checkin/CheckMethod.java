package org.happystation.points.checkin;

/** How a check-in or check-out happened; manual ones are marked as such in the record's review. */
public enum CheckMethod {
    KIOSK_CODE,
    CARD,
    MANUAL,
    AUTOMATIC
}
