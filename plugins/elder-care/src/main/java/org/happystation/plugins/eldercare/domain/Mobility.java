package org.happystation.plugins.eldercare.domain;

import java.util.Locale;

/** How well an elder gets about, as care profiles record it: 自理, 半自理, 失能. */
public enum Mobility {
    /** 自理: lives on their own without help. */
    INDEPENDENT,
    /** 半自理: needs some help. */
    PARTIAL,
    /** 失能: needs help with daily life. */
    DEPENDENT;

    /** The key of the level's name in the message bundles. */
    public String messageKey() {
        return "mobility." + name().toLowerCase(Locale.ROOT);
    }

    /** The level of a stored name; an unknown or missing one is {@link #INDEPENDENT}, the default of no profile. */
    public static Mobility of(String name) {
        for (Mobility each : values()) {
            if (each.name().equals(name)) {
                return each;
            }
        }
        return INDEPENDENT;
    }
}
