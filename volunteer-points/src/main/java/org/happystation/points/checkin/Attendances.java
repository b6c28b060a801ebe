package org.happystation.points.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.UniqueKeys;
import org.happystation.points.records.RecordService;

/** The transactional half of check-in: one scan, one change, one record. */
@ApplicationScoped
public class Attendances {

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Inject
    RecordService records;

    /**
     * Accepts a scanned code once and checks the volunteer in, or out when they are in at this activity
     * already. The accepted code and the attendance change commit together or not at all.
     */
    @Transactional
    public CheckinOutcome acceptScan(long volunteerId, String code, Activity activity, Instant now, CheckMethod how) {
        try {
            em.createNativeQuery("insert into accepted_scan (volunteer_id, token, accepted_at) values (?1, ?2, ?3)")
                    .setParameter(1, volunteerId)
                    .setParameter(2, code)
                    .setParameter(3, java.sql.Timestamp.from(now))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                throw new PointsRefused(Reason.CODE_REPLAYED, "This code was used by this volunteer already.");
            }
            throw e;
        }
        return toggle(volunteerId, activity, now, how);
    }

    /** Staff check a volunteer in or out by hand or by card; no code is consumed. */
    @Transactional
    public CheckinOutcome toggleByStaff(long volunteerId, Activity activity, Instant now, CheckMethod how) {
        return toggle(volunteerId, activity, now, how);
    }

    private CheckinOutcome toggle(long volunteerId, Activity activity, Instant now, CheckMethod how) {
        var open = openOf(volunteerId);
        if (open.isPresent()) {
            var attendance = open.get();
            if (attendance.activityId() != activity.id()) {
                throw new PointsRefused(
                        Reason.CHECKED_IN_ELSEWHERE,
                        "The volunteer is checked in at another activity; check out there first.");
            }
            attendance.checkOut(now, how);
            var record = records.recordAttendance(
                    attendance.id(),
                    volunteerId,
                    activity,
                    attendance.serviceDay(),
                    attendance.checkedInAt(),
                    attendance.checkedOutAt(),
                    false);
            return new CheckinOutcome(CheckinOutcome.Kind.CHECKED_OUT, activity, attendance, Optional.of(record));
        }
        var schedule = activity.schedule();
        var session = activity.cancelled()
                ? Optional.<LocalDate>empty()
                : schedule.sessionAt(now, ActivityService.EARLY_CHECK_IN);
        if (session.isEmpty()) {
            boolean later = !activity.cancelled() && schedule.nextSession(now).isPresent();
            throw later
                    ? new PointsRefused(Reason.ACTIVITY_NOT_STARTED, "Check-in for this activity has not opened yet.")
                    : new PointsRefused(Reason.ACTIVITY_OVER, "This activity is over; no more check-ins today.");
        }
        long present = em.createQuery(
                        "select count(distinct a.volunteerId) from Attendance a where a.activityId = :activity"
                                + " and a.serviceDay = :day and a.volunteerId <> :volunteer",
                        Long.class)
                .setParameter("activity", activity.id())
                .setParameter("day", session.get())
                .setParameter("volunteer", volunteerId)
                .getSingleResult();
        if (present >= activity.capacity()) {
            throw new PointsRefused(Reason.ACTIVITY_FULL, "This activity has all the volunteers it needs today.");
        }
        var attendance = new Attendance(activity.id(), volunteerId, session.get(), now, how);
        try {
            em.persist(attendance);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                throw new PointsRefused(Reason.CODE_REPLAYED, "The volunteer was checked in a moment ago.");
            }
            throw e;
        }
        return new CheckinOutcome(CheckinOutcome.Kind.CHECKED_IN, activity, attendance, Optional.empty());
    }

    public Optional<Attendance> openOf(long volunteerId) {
        return em.createQuery(
                        "select a from Attendance a where a.volunteerId = :volunteer and a.openMarker = 1",
                        Attendance.class)
                .setParameter("volunteer", volunteerId)
                .getResultStream()
                .findFirst();
    }

    /** Every attendance still open, for the timer that closes forgotten check-outs. */
    public List<Attendance> allOpen() {
        return em.createQuery("select a from Attendance a where a.openMarker = 1", Attendance.class)
                .getResultList();
    }

    /** Closes one forgotten check-out at the session's end; its record waits for a manager. */
    @Transactional
    public void closeForgotten(long attendanceId, Activity activity) {
        var attendance = em.find(Attendance.class, attendanceId);
        if (attendance == null || !attendance.open()) {
            return;
        }
        Instant end = activity.schedule().endOn(attendance.serviceDay());
        attendance.checkOut(end, CheckMethod.AUTOMATIC);
        records.recordAttendance(
                attendance.id(),
                attendance.volunteerId(),
                activity,
                attendance.serviceDay(),
                attendance.checkedInAt(),
                attendance.checkedOutAt(),
                true);
    }
}
