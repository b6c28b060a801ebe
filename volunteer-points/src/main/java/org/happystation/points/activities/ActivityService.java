package org.happystation.points.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;

/** Activities of a station: defined by its manager, shown as check-in codes while they run. */
@ApplicationScoped
public class ActivityService {

    /** Volunteers may check in this long before an activity starts, to set up. */
    public static final Duration EARLY_CHECK_IN = Duration.ofMinutes(30);

    /** Codes stay on the kiosk this long after the end, so that volunteers can check out. */
    public static final Duration LATE_CHECK_OUT = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Activity create(Operator operator, StationRef station, ActivityDetails details) {
        operator.requireManagerOf(station);
        var activity = new Activity(station, details, clock.instant());
        em.persist(activity);
        return activity;
    }

    @Transactional
    public Activity change(Operator operator, long id, ActivityDetails details) {
        var activity = get(id);
        operator.requireManagerOf(activity.station());
        activity.change(details);
        return activity;
    }

    @Transactional
    public Activity cancel(Operator operator, long id) {
        var activity = get(id);
        operator.requireManagerOf(activity.station());
        activity.cancel();
        return activity;
    }

    public Activity get(long id) {
        var activity = em.find(Activity.class, id);
        if (activity == null) {
            throw new PointsRefused(Reason.NOT_FOUND, "No activity " + id);
        }
        return activity;
    }

    public List<Activity> ofStation(StationRef station) {
        return em.createQuery(
                        "select a from Activity a where a.stationId = :station order by a.cancelled, a.firstDay desc, a.dailyStart",
                        Activity.class)
                .setParameter("station", station.id())
                .getResultList();
    }

    /** Activities whose check-in is open now at the station, for the kiosk's check-in screen. */
    public List<Activity> runningAt(StationRef station, Instant now) {
        var today = Schedule.dayOf(now);
        return em
                .createQuery(
                        "select a from Activity a where a.stationId = :station and a.cancelled = false"
                                + " and a.firstDay <= :today and a.lastDay >= :today order by a.dailyStart, a.id",
                        Activity.class)
                .setParameter("station", station.id())
                .setParameter("today", today)
                .getResultList()
                .stream()
                .filter(activity -> showsCodeAt(activity, now))
                .toList();
    }

    /**
     * A kiosk shows an activity's code from half an hour before it starts, for check-in, until a quarter of
     * an hour after it ends, for check-out.
     */
    static boolean showsCodeAt(Activity activity, Instant now) {
        var schedule = activity.schedule();
        var today = Schedule.dayOf(now);
        return schedule.runsOn(today)
                && !now.isBefore(schedule.startOn(today).minus(EARLY_CHECK_IN))
                && now.isBefore(schedule.endOn(today).plus(LATE_CHECK_OUT));
    }
}
