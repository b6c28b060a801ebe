package org.happystation.points.volunteers;

/** The common ladder of DOMAIN.md: one star at 100 hours of recorded service, five at 1,500. */
public enum StarLevel {
    NONE(0),
    ONE(100),
    TWO(300),
    THREE(600),
    FOUR(1000),
    FIVE(1500);

    private final int hours;

    StarLevel(int hours) {
        this.hours = hours;
    }

    public static StarLevel forMinutes(long recordedMinutes) {
        StarLevel level = NONE;
        for (StarLevel candidate : values()) {
            if (recordedMinutes >= candidate.hours * 60L) {
                level = candidate;
            }
        }
        return level;
    }

    public int stars() {
        return ordinal();
    }

    public int hours() {
        return hours;
    }

    /** Hours still to go to the next star, or 0 at five stars. */
    public long hoursToNext(long recordedMinutes) {
        if (this == FIVE) {
            return 0;
        }
        long needed = values()[ordinal() + 1].hours * 60L - recordedMinutes;
        return (needed + 59) / 60;
    }
}
