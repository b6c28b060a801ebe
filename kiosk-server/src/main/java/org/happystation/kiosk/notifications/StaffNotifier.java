package org.happystation.kiosk.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;

/** Raises notifications for a station's staff and lets them mark them handled. */
@ApplicationScoped
@Transactional
public class StaffNotifier {

    /** Fired when a notification is stored or handled; consoles refresh once the transaction commits. */
    public record NotificationsChanged(StationId station) {}

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationsChanged> changed;

    public StaffNotification notify(StationId station, String source, String message) {
        var notification = new StaffNotification(station.value(), source, message, clock.instant());
        em.persist(notification);
        changed.fire(new NotificationsChanged(station));
        return notification;
    }

    /** Open notifications of a station, oldest first: the staff work through them in order. */
    public List<StaffNotification> open(Actor actor, StationId station) {
        actor.requireStaffOf(station);
        return em.createQuery(
                        "select n from StaffNotification n where n.stationId = :station and n.handledAt is null"
                                + " order by n.createdAt, n.id",
                        StaffNotification.class)
                .setParameter("station", station.value())
                .getResultList();
    }

    /** Whether staff have marked the notification as handled (or it is gone). */
    public boolean handled(long notificationId) {
        var notification = em.find(StaffNotification.class, notificationId);
        return notification == null || notification.handledAt() != null;
    }

    public void handle(Actor actor, long notificationId) {
        var notification = em.find(StaffNotification.class, notificationId);
        if (notification == null) {
            throw new IllegalArgumentException("No notification " + notificationId);
        }
        actor.requireStaffOf(new StationId(notification.stationId()));
        notification.handle(actor.username(), clock.instant());
        changed.fire(new NotificationsChanged(new StationId(notification.stationId())));
    }
}
