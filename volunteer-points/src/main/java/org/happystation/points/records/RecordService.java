package org.happystation.points.records;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.PointsRule;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.Leg;
import org.happystation.points.ledger.Points;
import org.happystation.points.ledger.Posting;
import org.happystation.points.ledger.TransactionKind;

/**
 * Turns closed attendances into service records, and records into points: approving a record credits
 * its points in the same transaction, under the record's own ledger key, so it credits once.
 */
@ApplicationScoped
public class RecordService {

    /** A check-out this long after the scheduled end still counts as inside the window. */
    public static final Duration LATE_CHECK_OUT_ALLOWANCE = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    /** The persistence unit's datasource: inside a transaction it hands out that transaction's connection. */
    @Resource(lookup = "java:jboss/datasources/StationDS")
    DataSource dataSource;

    @Inject
    RecordService self;

    /**
     * The record of one closed attendance. Time counts from the scheduled start (volunteers may arrive
     * early to set up) to check-out; inside the window and the rules it is approved and credited at once.
     */
    @Transactional(TxType.MANDATORY)
    public ServiceRecord recordAttendance(
            long attendanceId,
            long volunteerId,
            Activity activity,
            LocalDate day,
            Instant checkedIn,
            Instant checkedOut,
            boolean closedAutomatically) {
        var schedule = activity.schedule();
        Instant start = schedule.startOn(day);
        Instant end = schedule.endOn(day);
        Instant from = checkedIn.isBefore(start) ? start : checkedIn;
        long given = Math.max(0, Duration.between(from, checkedOut).toMinutes());
        int minutes = activity.rule().recordedMinutes(given);
        ReviewReason reason = null;
        if (closedAutomatically) {
            reason = ReviewReason.FORGOTTEN_CHECK_OUT;
        } else if (checkedOut.isAfter(end.plus(LATE_CHECK_OUT_ALLOWANCE))) {
            reason = ReviewReason.OUTSIDE_WINDOW;
        } else if (minutes == 0) {
            reason = ReviewReason.BELOW_MINIMUM;
        }
        long points = activity.rule().points(minutes, pointsEarned(volunteerId, activity.title(), day));
        var record = new ServiceRecord(
                volunteerId,
                attendanceId,
                null,
                activity,
                day,
                minutes,
                points,
                reason == null ? null : reason.name(),
                clock.instant());
        em.persist(record);
        em.flush();
        if (reason == null) {
            approveAndCredit(record, minutes, points, Operator.SYSTEM.name());
        }
        return record;
    }

    /**
     * The record of service given through a station service, written once per key: the same key again
     * returns the first record. Minutes and points follow the default rule (DOMAIN.md: one point an hour,
     * half hours, at most 8 points a day in one activity).
     */
    @Transactional
    public ServiceRecord recordDelivered(DeliveredService delivered) {
        var earlier = em.createQuery("select r from ServiceRecord r where r.sourceKey = :key", ServiceRecord.class)
                .setParameter("key", delivered.sourceKey())
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var rule = PointsRule.DEFAULT;
        LocalDate day = LocalDate.ofInstant(delivered.start(), Schedule.ZONE);
        int minutes = rule.recordedMinutes(
                Duration.between(delivered.start(), delivered.end()).toMinutes());
        long points = rule.points(minutes, pointsEarned(delivered.volunteerId(), delivered.activityName(), day));
        ReviewReason reason = null;
        if (!delivered.confirmed()) {
            reason = ReviewReason.REPORTED_BY_VOLUNTEER;
        } else if (minutes == 0) {
            reason = ReviewReason.BELOW_MINIMUM;
        }
        var record = new ServiceRecord(
                delivered, day, minutes, points, reason == null ? null : reason.name(), clock.instant());
        em.persist(record);
        em.flush();
        if (reason == null) {
            approveAndCredit(record, minutes, points, Operator.SYSTEM.name());
        }
        return record;
    }

    /** What an approval did: the record's final minutes and the points it credited. */
    public record Approved(long recordId, long volunteerId, int minutes, long points) {}

    /**
     * A manager approves a pending record, optionally with the minutes actually given; its points are
     * credited in the same transaction. Approving is the hot path of a city's hours record, so it is plain
     * JDBC: one read, one guarded update (the second of two concurrent approvals finds the record no
     * longer pending), and the ledger's own statements. Points for changed minutes keep the record's rate.
     */
    @Transactional
    public Approved approve(Operator operator, long recordId, Integer minutesGiven) {
        try (Connection connection = dataSource.getConnection()) {
            Pending pending = readPending(connection, recordId);
            operator.requireManagerOf(new StationRef(pending.stationId()));
            int minutes = minutesGiven == null ? pending.minutes() : minutesGiven;
            if (minutes < 0 || minutes > 24 * 60) {
                throw new PointsRefused(Reason.INVALID_INPUT, "Minutes of one day's service are between 0 and 1440.");
            }
            long points = pending.points();
            if (minutesGiven != null && pending.minutes() > 0) {
                points = Math.round((double) pending.points() * minutes / pending.minutes());
            } else if (minutesGiven != null) {
                points = minutes / 60;
            }
            try (var update = connection.prepareStatement(
                    "update service_record set status = 'APPROVED', minutes = ?,"
                            + " points = ?, decided_by = ?, decided_at = ?, version = version + 1 where id = ? and status = 'PENDING'")) {
                update.setInt(1, minutes);
                update.setLong(2, points);
                update.setString(3, operator.name());
                update.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                update.setLong(5, recordId);
                if (update.executeUpdate() != 1) {
                    throw new PointsRefused(Reason.RECORD_LOCKED, "Record " + recordId + " was decided a moment ago.");
                }
            }
            credit(recordId, pending.volunteerId(), pending.activityName() + " " + pending.serviceDay(), points);
            return new Approved(recordId, pending.volunteerId(), minutes, points);
        } catch (SQLException e) {
            throw new PersistenceException("Approving record " + recordId + " failed", e);
        }
    }

    private record Pending(
            long volunteerId, long stationId, int minutes, long points, String activityName, String serviceDay) {}

    private static Pending readPending(Connection connection, long recordId) throws SQLException {
        try (var select = connection.prepareStatement("select volunteer_id, station_id, minutes, points, status,"
                + " activity_name, service_day from service_record where id = ?")) {
            select.setLong(1, recordId);
            try (var row = select.executeQuery()) {
                if (!row.next()) {
                    throw new PointsRefused(Reason.NOT_FOUND, "No service record " + recordId);
                }
                if (!RecordStatus.PENDING.name().equals(row.getString(5))) {
                    throw new PointsRefused(Reason.RECORD_LOCKED, "Record " + recordId + " is " + row.getString(5));
                }
                return new Pending(
                        row.getLong(1),
                        row.getLong(2),
                        row.getInt(3),
                        row.getLong(4),
                        row.getString(6),
                        String.valueOf(row.getObject(7)));
            }
        }
    }

    /** Approves each record on its own, so one that is no longer pending does not stop the rest. */
    public int approveAll(Operator operator, List<Long> recordIds) {
        int approved = 0;
        for (long id : recordIds) {
            try {
                self.approve(operator, id, null);
                approved++;
            } catch (PointsRefused locked) {
                if (locked.reason() == Reason.NOT_PERMITTED) {
                    throw locked;
                }
            }
        }
        return approved;
    }

    @Transactional
    public ServiceRecord decline(Operator operator, long recordId, String why) {
        var record = lockedPending(recordId);
        operator.requireManagerOf(record.station());
        if (why == null || why.isBlank()) {
            throw new PointsRefused(Reason.INVALID_INPUT, "Say why the record is declined; the volunteer reads it.");
        }
        record.decline(why.strip(), operator.name(), clock.instant());
        return record;
    }

    @Transactional
    public ServiceRecord askForCorrection(Operator operator, long recordId, String request) {
        var record = get(recordId);
        operator.requireSelfOrStaffOf(record.volunteerId(), record.station());
        record.askForCorrection(request);
        return record;
    }

    /**
     * Answers a correction request: the locked record stays as it was and a new approved record carries
     * the difference in minutes, with its points credited or taken back.
     */
    @Transactional
    public ServiceRecord correct(Operator operator, long recordId, int correctMinutes) {
        var original = get(recordId);
        operator.requireManagerOf(original.station());
        if (original.status() != RecordStatus.APPROVED) {
            throw new PointsRefused(
                    Reason.INVALID_INPUT, "Only an approved record is corrected; approve or decline a pending one.");
        }
        int recorded = original.minutes()
                + corrections(recordId).stream()
                        .mapToInt(ServiceRecord::minutes)
                        .sum();
        int difference = correctMinutes - recorded;
        original.correctionAnswered();
        if (difference == 0) {
            return original;
        }
        long points = Math.round((double) difference / 60);
        var correction =
                new ServiceRecord(original, difference, points, ReviewReason.CORRECTION.name(), clock.instant());
        em.persist(correction);
        em.flush();
        approveAndCredit(correction, difference, points, operator.name());
        return correction;
    }

    @Transactional
    public ServiceRecord dismissCorrection(Operator operator, long recordId) {
        var record = get(recordId);
        operator.requireManagerOf(record.station());
        record.correctionAnswered();
        return record;
    }

    private void approveAndCredit(ServiceRecord record, int minutes, long points, String by) {
        record.approve(minutes, points, by, clock.instant());
        // The record's row is written before the ledger takes its account locks, which are then held
        // only until the commit.
        em.flush();
        credit(record.id(), record.volunteerId(), record.activityName() + " " + record.serviceDay(), points);
    }

    /** Credits (or, for a negative correction, takes back) a record's points under the record's own key. */
    private void credit(long recordId, long volunteerId, String memo, long points) {
        if (points == 0) {
            return;
        }
        var wallet = Account.walletOfVolunteer(volunteerId);
        var legs = points > 0
                ? Leg.transfer(Account.ISSUING, wallet, Points.of(points))
                : Leg.transfer(wallet, Account.ISSUING, Points.of(-points));
        ledger.post(new Posting(
                ServiceRecord.creditKey(recordId),
                points > 0 ? TransactionKind.CREDIT : TransactionKind.REVERSAL,
                memo,
                legs));
    }

    private ServiceRecord lockedPending(long recordId) {
        var record = em.find(ServiceRecord.class, recordId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new PointsRefused(Reason.NOT_FOUND, "No service record " + recordId);
        }
        if (record.status() != RecordStatus.PENDING) {
            throw new PointsRefused(Reason.RECORD_LOCKED, "Record " + recordId + " is " + record.status());
        }
        return record;
    }

    public ServiceRecord get(long recordId) {
        var record = em.find(ServiceRecord.class, recordId);
        if (record == null) {
            throw new PointsRefused(Reason.NOT_FOUND, "No service record " + recordId);
        }
        return record;
    }

    public Optional<ServiceRecord> ofAttendance(long attendanceId) {
        return em.createQuery("select r from ServiceRecord r where r.attendanceId = :id", ServiceRecord.class)
                .setParameter("id", attendanceId)
                .getResultStream()
                .findFirst();
    }

    private List<ServiceRecord> corrections(long recordId) {
        return em.createQuery(
                        "select r from ServiceRecord r where r.correctsId = :id and r.status = :approved",
                        ServiceRecord.class)
                .setParameter("id", recordId)
                .setParameter("approved", RecordStatus.APPROVED)
                .getResultList();
    }

    private long pointsEarned(long volunteerId, String activityName, LocalDate day) {
        return em.createQuery(
                        "select coalesce(sum(r.points), 0) from ServiceRecord r where r.volunteerId = :volunteer"
                                + " and r.activityName = :activity and r.serviceDay = :day and r.status <> :declined",
                        Long.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("activity", activityName)
                .setParameter("day", day)
                .setParameter("declined", RecordStatus.DECLINED)
                .getSingleResult();
    }

    public List<ServiceRecord> ofVolunteer(long volunteerId) {
        return em.createQuery(
                        "select r from ServiceRecord r where r.volunteerId = :volunteer order by r.serviceDay desc, r.id desc",
                        ServiceRecord.class)
                .setParameter("volunteer", volunteerId)
                .getResultList();
    }

    /** Records a manager must look at: pending ones, and approved ones with a correction request. */
    public List<ServiceRecord> toReview(StationRef station) {
        return em.createQuery(
                        "select r from ServiceRecord r where r.stationId = :station and (r.status = :pending"
                                + " or r.correctionRequest is not null) order by r.serviceDay, r.id",
                        ServiceRecord.class)
                .setParameter("station", station.id())
                .setParameter("pending", RecordStatus.PENDING)
                .getResultList();
    }

    public List<ServiceRecord> ofStation(StationRef station, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select r from ServiceRecord r where r.stationId = :station and r.serviceDay between :from and :to"
                                + " order by r.serviceDay, r.id",
                        ServiceRecord.class)
                .setParameter("station", station.id())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Approved minutes, corrections included: what the star level and certificates count. */
    public long recordedMinutes(long volunteerId) {
        return em.createQuery(
                        "select coalesce(sum(r.minutes), 0) from ServiceRecord r where r.volunteerId = :volunteer"
                                + " and r.status = :approved",
                        Long.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("approved", RecordStatus.APPROVED)
                .getSingleResult();
    }
}
