package org.happystation.points.checkin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;
import org.happystation.points.host.CheckinSecret;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/**
 * Check-in and check-out, by the kiosk's code on the volunteer's phone, by card or by hand at the
 * console. Refusals say exactly why (forged, expired, replayed, another station, not started, over, full)
 * and change nothing.
 */
@ApplicationScoped
public class CheckinService {

    /** A volunteer may read the confirmation page this long before pressing the button: no time pressure. */
    public static final Duration CONFIRMATION_TIME = Duration.ofMinutes(10);

    /** A forgotten check-out is closed this long after the session's end. */
    public static final Duration FORGOTTEN_GRACE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(CheckinService.class.getName());

    @Inject
    CheckinSecret secret;

    @Inject
    ActivityService activities;

    @Inject
    VolunteerService volunteers;

    @Inject
    Attendances attendances;

    @Inject
    ScanReplayGuard replayGuard;

    @Inject
    Clock clock;

    private CheckinCodes codes;

    @PostConstruct
    void deriveKeys() {
        codes = new CheckinCodes(secret.bytes());
    }

    public CheckinCodes codes() {
        return codes;
    }

    /** The code a kiosk of this station shows now for one of its running activities. */
    public String kioskCode(StationRef station, Activity activity) {
        if (!activity.station().equals(station)) {
            throw new PointsRefused(
                    Reason.CODE_OTHER_STATION, "Activity " + activity.id() + " is not at this station.");
        }
        return codes.kioskCode(station, activity.id(), clock.instant());
    }

    /**
     * What a scanned code is for, checked as of the moment the volunteer's phone opened it. The page then
     * asks the volunteer to confirm, and {@link #scan} accepts the code as of that same moment.
     */
    public Activity activityOf(String code, Instant openedAt) {
        var kioskCode = codes.verifyKioskCode(code, openedAt);
        Activity activity;
        try {
            activity = activities.get(kioskCode.activityId());
        } catch (PointsRefused notFound) {
            throw new PointsRefused(Reason.CODE_FORGED, "This code names no activity.");
        }
        if (!activity.station().equals(kioskCode.station())) {
            throw new PointsRefused(Reason.CODE_OTHER_STATION, "This code belongs to another station's activity.");
        }
        return activity;
    }

    /** The volunteer confirmed: checks them in, or out if they are in at this activity. */
    public CheckinOutcome scan(VolunteerId volunteerId, String code, Instant openedAt) {
        Instant now = clock.instant();
        if (openedAt.isAfter(now) || openedAt.isBefore(now.minus(CONFIRMATION_TIME))) {
            throw new PointsRefused(
                    Reason.CODE_EXPIRED, "This page was opened too long ago; scan the kiosk's code again.");
        }
        var activity = activityOf(code, openedAt);
        requireActive(volunteerId);
        if (!replayGuard.firstUse(volunteerId.value(), code)) {
            throw new PointsRefused(Reason.CODE_REPLAYED, "This code was used by this volunteer already.");
        }
        try {
            return attendances.acceptScan(volunteerId.value(), code, activity, now, CheckMethod.KIOSK_CODE);
        } catch (PointsRefused refused) {
            if (refused.reason() != Reason.CODE_REPLAYED) {
                // Nothing was written, so the same code may be tried again once the reason is gone.
                replayGuard.release(volunteerId.value(), code);
            }
            throw refused;
        }
    }

    /** Staff scanned a volunteer's card at the console for one of their station's activities. */
    public CheckinOutcome checkByCard(Operator operator, String cardCode, long activityId) {
        long volunteerId = codes.verifyCardCode(cardCode);
        return checkByStaff(operator, new VolunteerId(volunteerId), activityId, CheckMethod.CARD);
    }

    /** Staff checked a volunteer in or out by hand; the attendance is marked as manual. */
    public CheckinOutcome checkByHand(Operator operator, VolunteerId volunteerId, long activityId) {
        return checkByStaff(operator, volunteerId, activityId, CheckMethod.MANUAL);
    }

    private CheckinOutcome checkByStaff(Operator operator, VolunteerId volunteerId, long activityId, CheckMethod how) {
        var activity = activities.get(activityId);
        operator.requireStaffOf(activity.station());
        requireActive(volunteerId);
        return attendances.toggleByStaff(volunteerId.value(), activity, clock.instant(), how);
    }

    private void requireActive(VolunteerId volunteerId) {
        var volunteer = volunteers.get(volunteerId);
        if (!volunteer.active()) {
            throw new PointsRefused(
                    Reason.VOLUNTEER_NOT_ACTIVE, "Volunteer " + volunteerId.value() + " is " + volunteer.status());
        }
    }

    public java.util.Optional<Attendance> openAttendance(VolunteerId volunteerId) {
        return attendances.openOf(volunteerId.value());
    }

    /** Closes check-outs forgotten for more than the grace period; run every few minutes by the server. */
    public int closeForgottenCheckOuts() {
        Instant now = clock.instant();
        var activityOf = new java.util.HashMap<Long, Activity>();
        var forgotten = new java.util.ArrayList<Attendance>();
        for (var attendance : attendances.allOpen()) {
            var activity = activityOf.computeIfAbsent(attendance.activityId(), activities::get);
            if (activity.schedule()
                    .endOn(attendance.serviceDay())
                    .plus(FORGOTTEN_GRACE)
                    .isBefore(now)) {
                attendances.closeForgotten(attendance.id(), activity);
                forgotten.add(attendance);
            }
        }
        if (!forgotten.isEmpty()) {
            LOG.info(() -> "Closed " + forgotten.size() + " forgotten check-outs; their records wait for a manager.");
        }
        return forgotten.size();
    }
}
