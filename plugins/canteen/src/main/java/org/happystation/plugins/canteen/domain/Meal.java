package org.happystation.plugins.canteen.domain;

import java.util.Locale;

/** The three meals of a canteen day. */
public enum Meal {
    BREAKFAST,
    LUNCH,
    DINNER;

    /** The lower-case name used in records, settings keys and component ids. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The meal of a {@link #key()}. */
    public static Meal of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
