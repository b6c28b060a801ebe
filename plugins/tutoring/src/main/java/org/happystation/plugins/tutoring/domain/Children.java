package org.happystation.plugins.tutoring.domain;

import java.time.LocalDate;
import java.util.List;
import org.happystation.plugin.api.ResidentInfo;

/** Which of a parent's linked relatives are children: under 18 by birth year at the station's today. */
public final class Children {

    /** The age, by birth year, from which a relative is no longer a child. */
    public static final int ADULT_AGE = 18;

    private Children() {}

    /** The relatives who are children on {@code today}, in the host's order. */
    public static List<ResidentInfo> among(List<ResidentInfo> relatives, LocalDate today) {
        return relatives.stream().filter(r -> isChild(r, today)).toList();
    }

    /** Whether a resident is under 18 this year by birth year (the host gives no birth date). */
    public static boolean isChild(ResidentInfo resident, LocalDate today) {
        return today.getYear() - resident.birthYear() < ADULT_AGE;
    }
}
