package org.happystation.kiosk.stations;

/** What a station's service point offers; the kiosk names each kind in the resident's language. */
public enum FacilityKind {
    ELDER_CARE,
    HEALTH_CARE,
    CANTEEN,
    CLINIC,
    TUTORING,
    EMPLOYMENT_SERVICES,
    OTHER
}
