package org.happystation.plugins.canteen.domain;

/** How a resident pays for a meal. */
public enum Payment {
    /** Volunteer points pay the whole meal (after the subsidy). */
    POINTS,
    /** Everything is paid at the counter. */
    COUNTER,
    /** The points the resident has pay their share of the meal; the rest is paid at the counter. */
    BOTH
}
