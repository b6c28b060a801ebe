package org.happystation.points.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.happystation.points.activities.Activity;
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
     * A manager approves a pending record, optionally with the minutes actually given. Its points follow
     * from the activity's rule as the record was made; a correction's points are its own difference.
     */
    @Transactional
    public ServiceRecord approve(Operator operator, long recordId, Integer minutesGiven) {
        var record = lockedPending(recordId);
        operator.requireManagerOf(record.station());
        int minutes = minutesGiven == null ? record.minutes() : minutesGiven;
        if (minutes < -24 * 60 || minutes > 24 * 60) {
            throw new PointsRefused(Reason.INVALID_INPUT, "Minutes of one day's service are between 0 and 1440.");
        }
        long points = record.points();
        if (minutesGiven != null && !record.isCorrection() && record.minutes() > 0) {
            points = Math.round((double) record.points() * minutes / record.minutes());
        } else if (minutesGiven != null && !record.isCorrection()) {
            points = minutes / 60;
        }
        approveAndCredit(record, minutes, points, operator.name());
        return record;
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
        if (points == 0) {
            return;
        }
        var wallet = Account.walletOfVolunteer(record.volunteerId());
        var legs = points > 0
                ? Leg.transfer(Account.ISSUING, wallet, Points.of(points))
                : Leg.transfer(wallet, Account.ISSUING, Points.of(-points));
        ledger.post(new Posting(
                record.creditKey(),
                points > 0 ? TransactionKind.CREDIT : TransactionKind.REVERSAL,
                record.activityName() + " " + record.serviceDay(),
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
