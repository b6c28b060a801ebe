package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.happystation.kiosk.notifications.StaffNotifier;

/** Keeps open staff consoles current: a new or handled notification shows at once, by server push. */
@ApplicationScoped
public class ConsoleRefresher {

    private final Set<NotificationsView> showing = ConcurrentHashMap.newKeySet();

    @jakarta.inject.Inject
    org.happystation.kiosk.base.ServerTimers timers;

    Registration register(NotificationsView view) {
        showing.add(view);
        return () -> showing.remove(view);
    }

    void notificationsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) StaffNotifier.NotificationsChanged change) {
        for (NotificationsView view : Set.copyOf(showing)) {
            if (view.shows(change.station())) {
                // Not on this thread: it is completing the transaction, and refresh reads the database.
                view.getUI().ifPresent(ui -> timers.soon(() -> ui.access(view::refresh)));
            }
        }
    }
}
