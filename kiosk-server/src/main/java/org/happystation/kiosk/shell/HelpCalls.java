package org.happystation.kiosk.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.happystation.kiosk.base.ServerTimers;
import org.happystation.kiosk.notifications.StaffNotifier;
import org.happystation.kiosk.stations.StationService;

/**
 * "Call staff" at the kiosk: a notification on the station's staff console naming the kiosk (and the
 * signed-in resident), and word back to the kiosk, by server push, when a staff member has acknowledged it.
 */
@ApplicationScoped
public class HelpCalls {

    /** Notifications from kiosks calling for help carry this source, so consoles can sound a chime for them. */
    public static final String SOURCE_PREFIX = "kiosk-help:";

    /** A kiosk screen waiting to hear that its call was acknowledged. */
    public interface Waiting {
        /** The notification this screen's call made, if one is open. */
        java.util.Optional<Long> openCall();

        /** Called, outside any request, once the call was acknowledged. */
        void acknowledged();
    }

    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();

    @Inject
    StaffNotifier notifier;

    @Inject
    StationService stations;

    @Inject
    ServerTimers timers;

    public long call(KioskSession session) {
        String kioskName =
                stations.kiosk(session.kiosk()).map(kiosk -> kiosk.name()).orElse("");
        String message = session.resident()
                .map(resident -> kioskName + " 呼叫工作人员（" + resident.name() + "）")
                .orElse(kioskName + " 呼叫工作人员");
        long id = notifier.notify(session.station(), SOURCE_PREFIX + kioskName, message)
                .id();
        session.calledForHelp(id);
        return id;
    }

    public Runnable watch(Waiting screen) {
        waiting.add(screen);
        return () -> waiting.remove(screen);
    }

    void notificationsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) StaffNotifier.NotificationsChanged change) {
        // On a thread of its own: this one is completing the transaction that fired the event.
        timers.soon(() -> {
            for (Waiting screen : Set.copyOf(waiting)) {
                screen.openCall().filter(notifier::handled).ifPresent(handled -> screen.acknowledged());
            }
        });
    }
}
