package org.happystation.points.api;

import java.time.Instant;
import java.time.LocalDate;
import org.happystation.points.checkin.CheckinOutcome;
import org.happystation.points.records.ServiceRecord;
import org.happystation.points.rewards.Voucher;
import org.happystation.points.volunteers.StarLevel;
import org.happystation.points.volunteers.Volunteer;

/**
 * What the API returns: plain records, never entities, and personal numbers only masked. Dates and times
 * are ISO-8601 strings, whatever JSON provider the server uses.
 */
final class Views {

    private Views() {}

    static String iso(Object temporal) {
        return temporal == null ? null : temporal.toString();
    }

    record StatementLineView(String at, String kind, String memo, String key, long amount, long balanceAfter) {
        static StatementLineView of(org.happystation.points.ledger.StatementLine line) {
            return new StatementLineView(
                    iso(line.at()),
                    line.kind().name(),
                    line.memo(),
                    line.idempotencyKey(),
                    line.amount(),
                    line.balanceAfter());
        }
    }

    record VolunteerView(
            long id,
            long stationId,
            String name,
            String sex,
            LocalDate birthDate,
            String idNumber,
            String phone,
            String area,
            java.util.List<String> skills,
            java.util.List<String> categories,
            String team,
            String status) {
        static VolunteerView of(Volunteer v) {
            return new VolunteerView(
                    v.id().value(),
                    v.station().id(),
                    v.name(),
                    v.sex().name(),
                    v.birthDate(),
                    v.idNumberMasked(),
                    v.phoneMasked(),
                    v.area(),
                    v.skills(),
                    v.categories(),
                    v.team(),
                    v.status().name());
        }
    }

    record RecordView(
            long id,
            long volunteerId,
            long stationId,
            String activityName,
            String category,
            LocalDate serviceDay,
            String place,
            String content,
            String organiser,
            String leader,
            int minutes,
            long points,
            String status,
            String reviewReason,
            String correctionRequest,
            Long correctsId,
            Instant recordedAt,
            boolean overdue) {
        static RecordView of(ServiceRecord r, LocalDate today) {
            return new RecordView(
                    r.id(),
                    r.volunteerId(),
                    r.station().id(),
                    r.activityName(),
                    r.category().name(),
                    r.serviceDay(),
                    r.place(),
                    r.content(),
                    r.organiser(),
                    r.leader(),
                    r.minutes(),
                    r.points(),
                    r.status().name(),
                    r.reviewReason(),
                    r.correctionRequest(),
                    r.correctsId(),
                    r.recordedAt(),
                    r.overdue(today));
        }
    }

    record ScanResult(
            String outcome,
            long activityId,
            String activity,
            Long recordId,
            Integer minutes,
            Long points,
            String recordStatus) {
        static ScanResult of(CheckinOutcome outcome) {
            var record = outcome.record();
            return new ScanResult(
                    outcome.kind().name(),
                    outcome.activity().id(),
                    outcome.activity().title(),
                    record.map(ServiceRecord::id).orElse(null),
                    record.map(ServiceRecord::minutes).orElse(null),
                    record.map(ServiceRecord::points).orElse(null),
                    record.map(r -> r.status().name()).orElse(null));
        }
    }

    record VoucherView(
            String code,
            long rewardId,
            long volunteerId,
            long price,
            String status,
            Instant issuedAt,
            Instant settledAt) {
        static VoucherView of(Voucher v) {
            return new VoucherView(
                    v.code(),
                    v.rewardId(),
                    v.volunteerId(),
                    v.price().amount(),
                    v.status().name(),
                    v.issuedAt(),
                    v.settledAt());
        }
    }

    record Summary(long volunteerId, String name, long recordedMinutes, int stars, long balance) {
        static Summary of(Volunteer v, long minutes, long balance) {
            return new Summary(
                    v.id().value(),
                    v.name(),
                    minutes,
                    StarLevel.forMinutes(minutes).stars(),
                    balance);
        }
    }
}
