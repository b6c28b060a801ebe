package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Daily counters kept in the database: an increment is one guarded update in its own transaction, so
 * every server of a cluster draws distinct numbers and none is lost when a server stops. (DESIGN.md names
 * Infinispan strong counters; the database row is the final guard either way, and WildFly's Infinispan
 * subsystem offers no counter manager to deployments.)
 */
@ApplicationScoped
public class PluginCounters {

    private static final int ATTEMPTS = 5;

    @Inject
    Clock clock;

    @Inject
    Increments increments;

    public long next(String plugin, long station, String name) {
        return next(plugin, station, name, LocalDate.now(clock));
    }

    /** The next number of a counter of {@code day}, today or later (numbers handed out ahead). */
    public long next(String plugin, long station, String name, LocalDate day) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException("A counter's name has lower-case letters, digits, dots and dashes.");
        }
        if (day == null || day.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("A counter counts for today or a day ahead, not for " + day + ".");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return increments.increment(plugin, station, name, day);
            } catch (RuntimeException e) {
                // Two servers created the day's row at once: the loser tries again and increments it.
                if (!(e instanceof PersistenceException) && !isConstraintViolation(e)) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("The counter " + name + " is too busy; try again.");
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException
                    || cause.getClass().getSimpleName().contains("ConstraintViolation")) {
                return true;
            }
        }
        return false;
    }

    /** One increment, in a transaction of its own. */
    @ApplicationScoped
    public static class Increments {

        @PersistenceContext(unitName = "station")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public long increment(String plugin, long station, String name, LocalDate day) {
            int updated = em.createNativeQuery("update daily_counter set counter_value = counter_value + 1"
                            + " where plugin_id = ?1 and station_id = ?2 and name = ?3 and counter_day = ?4")
                    .setParameter(1, plugin)
                    .setParameter(2, station)
                    .setParameter(3, name)
                    .setParameter(4, day)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(
                                "insert into daily_counter (plugin_id, station_id, name, counter_day, counter_value)"
                                        + " values (?1, ?2, ?3, ?4, 1)")
                        .setParameter(1, plugin)
                        .setParameter(2, station)
                        .setParameter(3, name)
                        .setParameter(4, day)
                        .executeUpdate();
                return 1;
            }
            return ((Number) em.createNativeQuery("select counter_value from daily_counter where plugin_id = ?1"
                                    + " and station_id = ?2 and name = ?3 and counter_day = ?4")
                            .setParameter(1, plugin)
                            .setParameter(2, station)
                            .setParameter(3, name)
                            .setParameter(4, day)
                            .getSingleResult())
                    .longValue();
        }
    }
}
