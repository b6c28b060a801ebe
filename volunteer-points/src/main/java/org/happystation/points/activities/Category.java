package org.happystation.points.activities;

/** Service categories of the hours record; the first ones are those of DOMAIN.md's stations. */
public enum Category {
    CANTEEN,
    ELDER_CARE,
    REPAIRS,
    TUTORING,
    PATROL,
    HEALTH,
    ENVIRONMENT,
    OTHER
}
