package org.happystation.kiosk.volunteering;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.happystation.kiosk.base.DatabaseMigrations;
import org.happystation.kiosk.base.ServerTimers;
import org.happystation.points.checkin.CheckinService;

/** Every five minutes, closes check-outs that volunteers forgot, so that their records reach a manager. */
@ApplicationScoped
public class ForgottenCheckOutTimer {

    private static final Logger LOG = Logger.getLogger(ForgottenCheckOutTimer.class.getName());

    @Inject
    ServerTimers timers;

    @Inject
    CheckinService checkins;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(DatabaseMigrations.DONE + 20) @Initialized(ApplicationScoped.class) Object started) {
        task = timers.repeat(this::closeForgotten, java.time.Duration.ofMinutes(5));
    }

    private void closeForgotten() {
        try {
            checkins.closeForgottenCheckOuts();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing forgotten check-outs failed; trying again in five minutes", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
