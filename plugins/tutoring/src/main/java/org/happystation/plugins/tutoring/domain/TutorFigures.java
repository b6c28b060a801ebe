package org.happystation.plugins.tutoring.domain;

/**
 * A tutor's service for the manager, from the sessions held.
 *
 * @param sessions sessions whose hours went into the volunteer record
 * @param minutes the minutes the record gave them
 * @param points the points the record gave them
 * @param awaitingReview of those sessions, how many a manager still reviews
 */
public record TutorFigures(Tutor tutor, int sessions, long minutes, long points, int awaitingReview) {

    /** The minutes as hours with one decimal, for example 4.5. */
    public String hours() {
        return String.valueOf(Math.round(minutes / 6.0) / 10.0);
    }
}
