package org.happystation.plugins.tutoring.domain;

import java.util.OptionalInt;

/** Attendance as a whole percentage: present out of all marked. */
public final class Rate {

    private Rate() {}

    /** The rounded percentage, or empty when nobody was marked yet. */
    public static OptionalInt percent(long present, long marked) {
        if (marked <= 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(100.0 * present / marked));
    }
}
