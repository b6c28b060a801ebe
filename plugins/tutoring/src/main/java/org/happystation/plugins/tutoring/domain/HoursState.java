package org.happystation.plugins.tutoring.domain;

import java.util.Locale;

/** What became of the tutor's hours for a session. */
public enum HoursState {
    /** Recorded and approved at once. */
    RECORDED,
    /** Recorded; a manager reviews it before it counts. */
    AWAITING_REVIEW,
    /** Saved before the session began: recorded at a later save. */
    NOT_STARTED,
    /** The server keeps no volunteer records; attendance was saved all the same. */
    UNAVAILABLE,
    /** The tutor is not an active volunteer of the station. */
    NOT_A_VOLUNTEER,
    /** The class has no tutor yet. */
    NO_TUTOR,
    /** The staff member who took attendance said the tutor did not teach. */
    TUTOR_ABSENT;

    /** Whether the volunteer record holds this session: it must then never be recorded again. */
    public boolean recorded() {
        return this == RECORDED || this == AWAITING_REVIEW;
    }

    /** The key of the sentence that explains the state. */
    public String messageKey() {
        return "hours." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
