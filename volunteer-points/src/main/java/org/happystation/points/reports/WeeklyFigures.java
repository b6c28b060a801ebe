package org.happystation.points.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.happystation.points.activities.Category;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.StationRef;

/** Weekly series for a station's charts; weeks start on Monday, in Beijing time. */
@ApplicationScoped
public class WeeklyFigures {

    /** One week of points: issued for this station's service, spent at this station, and all outstanding. */
    public record PointsWeek(LocalDate week, long issued, long spent, long outstanding) {}

    @PersistenceContext(unitName = "points")
    EntityManager em;

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Mondays of the last {@code weeks} weeks up to the week of {@code today}, oldest first. */
    public static List<LocalDate> weeks(LocalDate today, int weeks) {
        var mondays = new ArrayList<LocalDate>();
        LocalDate last = weekOf(today);
        for (int i = weeks - 1; i >= 0; i--) {
            mondays.add(last.minusWeeks(i));
        }
        return mondays;
    }

    /** Approved hours by category for each week, from the service days of the station's records. */
    public Map<LocalDate, Map<Category, Long>> minutesByCategory(StationRef station, LocalDate today, int weeks) {
        var result = new LinkedHashMap<LocalDate, Map<Category, Long>>();
        var mondays = weeks(today, weeks);
        mondays.forEach(monday -> result.put(monday, new TreeMap<>()));
        List<Object[]> rows = em.createQuery(
                        "select r.serviceDay, r.category, sum(r.minutes) from ServiceRecord r where r.stationId = :station"
                                + " and r.status = org.happystation.points.records.RecordStatus.APPROVED"
                                + " and r.serviceDay >= :from group by r.serviceDay, r.category",
                        Object[].class)
                .setParameter("station", station.id())
                .setParameter("from", mondays.getFirst())
                .getResultList();
        for (Object[] row : rows) {
            var week = result.get(weekOf((LocalDate) row[0]));
            if (week != null) {
                week.merge((Category) row[1], ((Number) row[2]).longValue(), Long::sum);
            }
        }
        return result;
    }

    /**
     * Points per week: issued for service recorded at this station, spent at this station (rewards and
     * station services), and outstanding in all wallets and the community fund at the week's end.
     */
    public List<PointsWeek> points(StationRef station, LocalDate today, int weeks) {
        var mondays = weeks(today, weeks);
        Instant start = mondays.getFirst().atStartOfDay(Schedule.ZONE).toInstant();
        var issued = new TreeMap<LocalDate, Long>();
        var spent = new TreeMap<LocalDate, Long>();
        var circulationChange = new TreeMap<LocalDate, Long>();
        List<Object[]> rows = em.createNativeQuery(
                        "select t.created_at, t.idempotency_key, a.kind, a.holder, e.amount from ledger_entry e"
                                + " join ledger_transaction t on t.id = e.transaction_id"
                                + " join ledger_account a on a.id = e.account_id where t.created_at >= ?1")
                .setParameter(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
                .getResultList();
        String rewards = "rewards-station-" + station.id();
        String services = "services-station-" + station.id();
        var stationRecordKeys = stationRecordKeys(station, start);
        for (Object[] row : rows) {
            LocalDate week = weekOf(toInstant(row[0]).atZone(Schedule.ZONE).toLocalDate());
            String key = (String) row[1];
            String kind = (String) row[2];
            String holder = (String) row[3];
            long amount = ((Number) row[4]).longValue();
            if ("WALLET".equals(kind) || "FUND".equals(kind)) {
                circulationChange.merge(week, amount, Long::sum);
            }
            if ("WALLET".equals(kind) && stationRecordKeys.contains(key)) {
                issued.merge(week, amount, Long::sum);
            }
            if (holder.equals(rewards) || holder.equals(services)) {
                spent.merge(week, amount, Long::sum);
            }
        }
        long outstanding = ((Number) em.createNativeQuery(
                                "select coalesce(sum(e.amount), 0) from ledger_entry e join ledger_transaction t"
                                        + " on t.id = e.transaction_id join ledger_account a on a.id = e.account_id"
                                        + " where a.kind in ('WALLET', 'FUND') and t.created_at < ?1")
                        .setParameter(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
                        .getSingleResult())
                .longValue();
        var result = new ArrayList<PointsWeek>();
        for (LocalDate monday : mondays) {
            outstanding += circulationChange.getOrDefault(monday, 0L);
            result.add(new PointsWeek(
                    monday, issued.getOrDefault(monday, 0L), spent.getOrDefault(monday, 0L), outstanding));
        }
        return result;
    }

    private java.util.Set<String> stationRecordKeys(StationRef station, Instant since) {
        List<Long> ids = em.createQuery(
                        "select r.id from ServiceRecord r where r.stationId = :station and r.decidedAt >= :since",
                        Long.class)
                .setParameter("station", station.id())
                .setParameter("since", since)
                .getResultList();
        var keys = new java.util.HashSet<String>();
        ids.forEach(id -> keys.add("record-" + id));
        return keys;
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case java.time.ZonedDateTime zoned -> zoned.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }
}
