package org.happystation.kiosk.base;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Repeating work on the server's managed scheduler, which stops with the application. */
@ApplicationScoped
public class ServerTimers {

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Runs the task every period, the first time after one period; cancel the result to stop it. */
    public ScheduledFuture<?> repeat(Runnable task, Duration period) {
        return scheduler.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs the task on a managed thread of its own, at once. For transaction observers: work started
     * while a transaction completes would otherwise find that transaction no longer active.
     */
    public void soon(Runnable task) {
        scheduler.execute(task);
    }
}
