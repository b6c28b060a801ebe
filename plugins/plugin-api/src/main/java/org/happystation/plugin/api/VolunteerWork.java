package org.happystation.plugin.api;

import java.time.Instant;

/**
 * Since 1.2.0: volunteer service given through a plugin, recorded in the station's volunteer records (the
 * national rules' hours record), so that the volunteer's hours and points follow from it. For example a
 * home visit a volunteer made for the elder-care service, or a tutoring session a volunteer taught.
 *
 * <p>The volunteer is a resident who registered as a volunteer with the same mobile number. Recording is
 * idempotent: the same key records once, so a double touch or a retry never gives hours twice.
 */
public interface VolunteerWork {

    /** The kind of service, as the volunteer record categorises it. */
    enum ServiceKind {
        ELDER_CARE,
        HEALTH,
        TUTORING,
        CANTEEN,
        OTHER
    }

    /**
     * Service one volunteer gave.
     *
     * @param activity the record's activity name, for example 课后辅导：三年级数学
     * @param content what was done, for example 辅导数学作业，6 名学生出勤
     * @param confirmedByStaff true when a staff member confirms that the service was given (it is then
     *     approved at once when it keeps the rules); false when the volunteer reports it themselves, and a
     *     manager reviews it before it counts
     * @param idempotencyKey unique per service given, for example {@code "session-" + sessionId}
     */
    record ServiceGiven(
            ResidentInfo volunteer,
            ServiceKind kind,
            String activity,
            String content,
            Instant start,
            Instant end,
            boolean confirmedByStaff,
            String idempotencyKey) {}

    /**
     * What the volunteer record made of it: the minutes recorded (after the rounding rules), the points
     * they earn, and whether they count already or wait for a manager's review.
     */
    record Recorded(int minutes, long points, boolean approved) {}

    /** Whether volunteer records are kept on this server; when false, {@link #record} throws. */
    boolean available();

    /** Whether the resident is an active volunteer, who can be given service to record. */
    boolean isVolunteer(ResidentInfo resident);

    /**
     * Records service given. Recording the same key again returns the first record's outcome.
     *
     * @throws IllegalArgumentException when the resident is not an active volunteer, or the service ends
     *     before it starts or later than now
     * @throws IllegalStateException when volunteer records are not {@linkplain #available() available}
     */
    Recorded record(ServiceGiven service);

    /** The answer of a server without volunteer records. */
    VolunteerWork UNAVAILABLE = new VolunteerWork() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public boolean isVolunteer(ResidentInfo resident) {
            return false;
        }

        @Override
        public Recorded record(ServiceGiven service) {
            throw new IllegalStateException("Volunteer records are not kept on this server.");
        }
    };
}
