package org.happystation.plugins.canteen.domain;

/** The price tiers by age (DOMAIN.md: meals priced by age tier, for example ¥10 / 12 / 15). */
public enum Tier {
    /** 80 years old or more this year. */
    AGE_80_PLUS,
    /** 60 to 79 years old this year. */
    AGE_60_TO_79,
    /** Everybody else. */
    OTHER;

    /** The key of the tier's name in the message bundles. */
    public String messageKey() {
        return "tier." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
