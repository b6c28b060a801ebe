package org.happystation.plugins.eldercare.domain;

import java.util.Locale;

/** The role of the people who deliver a service; a care worker's day list shows the services of their role. */
public enum DeliveredBy {
    CARE_WORKER,
    NURSE,
    VOLUNTEER;

    /** The key of the role's name in the message bundles. */
    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role of a stored name; an unknown one is {@link #CARE_WORKER}. */
    public static DeliveredBy of(String name) {
        for (DeliveredBy each : values()) {
            if (each.name().equals(name)) {
                return each;
            }
        }
        return CARE_WORKER;
    }
}
