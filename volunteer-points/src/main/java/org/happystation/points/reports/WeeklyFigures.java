package org.happystation.points.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
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
     * Points per week: issued for service recorded at this station (its approved records' points),
     * spent at this station (rewards and station services), and outstanding in all wallets and the
     * community fund at the week's end. Each week is summed in the database over that week's
     * transactions only; the outstanding total is walked back from today's balances.
     */
    public List<PointsWeek> points(StationRef station, LocalDate today, int weeks) {
        var mondays = weeks(today, weeks);
        String rewards = "rewards-station-" + station.id();
        String services = "services-station-" + station.id();
        long[] issued = new long[weeks];
        long[] spent = new long[weeks];
        long[] circulationChange = new long[weeks];
        for (int w = 0; w < weeks; w++) {
            var from = utc(mondays.get(w));
            var to = utc(mondays.get(w).plusWeeks(1));
            Object[] ledgerWeek = (Object[]) em.createNativeQuery(
                            "select coalesce(sum(case when a.kind in ('WALLET', 'FUND') then e.amount else 0 end), 0),"
                                    + " coalesce(sum(case when a.holder in (?3, ?4) then e.amount else 0 end), 0)"
                                    + " from ledger_transaction t join ledger_entry e on e.transaction_id = t.id"
                                    + " join ledger_account a on a.id = e.account_id"
                                    + " where t.created_at >= ?1 and t.created_at < ?2")
                    .setParameter(1, from)
                    .setParameter(2, to)
                    .setParameter(3, rewards)
                    .setParameter(4, services)
                    .getSingleResult();
            circulationChange[w] = ((Number) ledgerWeek[0]).longValue();
            spent[w] = ((Number) ledgerWeek[1]).longValue();
            issued[w] = ((Number) em.createNativeQuery(
                                    "select coalesce(sum(points), 0) from service_record"
                                            + " where station_id = ?1 and status = 'APPROVED' and decided_at >= ?2 and decided_at < ?3")
                            .setParameter(1, station.id())
                            .setParameter(2, from)
                            .setParameter(3, to)
                            .getSingleResult())
                    .longValue();
        }
        long outstanding = ((Number) em.createNativeQuery(
                                "select coalesce(sum(balance), 0) from ledger_account where kind in ('WALLET', 'FUND')")
                        .getSingleResult())
                .longValue();
        var result = new PointsWeek[weeks];
        for (int w = weeks - 1; w >= 0; w--) {
            result[w] = new PointsWeek(mondays.get(w), issued[w], spent[w], outstanding);
            outstanding -= circulationChange[w];
        }
        return List.of(result);
    }

    private static OffsetDateTime utc(LocalDate day) {
        return OffsetDateTime.ofInstant(day.atStartOfDay(Schedule.ZONE).toInstant(), ZoneOffset.UTC);
    }
}
