package org.happystation.points.activities;

/**
 * How time given becomes recorded hours and points. DOMAIN.md's default: one point per hour. Minutes are
 * rounded down to the step (half hours by default); service shorter than the minimum records nothing;
 * the daily cap limits the points one volunteer earns in one activity on one day.
 */
public record PointsRule(int pointsPerHour, int roundingMinutes, int minimumMinutes, int dailyCapPoints) {

    public static final PointsRule DEFAULT = new PointsRule(1, 30, 30, 8);

    public PointsRule {
        if (pointsPerHour < 0 || pointsPerHour > 10) {
            throw new IllegalArgumentException("Points per hour are between 0 and 10.");
        }
        if (roundingMinutes < 1 || roundingMinutes > 60) {
            throw new IllegalArgumentException("The rounding step is between 1 and 60 minutes.");
        }
        if (minimumMinutes < 0 || minimumMinutes > 480) {
            throw new IllegalArgumentException("The minimum duration is between 0 and 480 minutes.");
        }
        if (dailyCapPoints < 0 || dailyCapPoints > 24 * 10) {
            throw new IllegalArgumentException("The daily cap is between 0 and 240 points.");
        }
    }

    /** The minutes recorded for this much time given. */
    public int recordedMinutes(long minutesGiven) {
        if (minutesGiven < minimumMinutes || minutesGiven <= 0) {
            return 0;
        }
        return (int) (minutesGiven / roundingMinutes * roundingMinutes);
    }

    /** Whole points for recorded minutes, at most the cap less what the day has earned already. */
    public long points(int recordedMinutes, long earnedTodayAlready) {
        long earned = (long) recordedMinutes * pointsPerHour / 60;
        return Math.max(0, Math.min(earned, dailyCapPoints - earnedTodayAlready));
    }
}
