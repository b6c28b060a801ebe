package org.happystation.points.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Codes;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.host.StationDirectory;
import org.happystation.points.records.RecordService;
import org.happystation.points.records.RecordStatus;
import org.happystation.points.records.ServiceRecord;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/**
 * Issues certificates from the approved hours record, free and on demand, in Chinese as the civil affairs
 * rules word them, and finds them again for the public verification page.
 */
@ApplicationScoped
public class CertificateService {

    /** Category names as printed on certificates, which are issued in Chinese. */
    private static final Map<String, String> CATEGORY = Map.of(
            "CANTEEN",
            "食堂帮厨",
            "ELDER_CARE",
            "助老服务",
            "REPAIRS",
            "维修",
            "TUTORING",
            "课后辅导",
            "PATROL",
            "治安巡逻",
            "HEALTH",
            "健康服务",
            "ENVIRONMENT",
            "环境保护",
            "OTHER",
            "其他");

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Inject
    VolunteerService volunteers;

    @Inject
    RecordService records;

    @Inject
    StationDirectory stations;

    @Inject
    Clock clock;

    @Transactional
    public Certificate issue(Operator operator, VolunteerId volunteerId) {
        var volunteer = volunteers.get(volunteerId);
        operator.requireSelfOrStaffOf(volunteerId.value(), volunteer.station());
        var approved = records.ofVolunteer(volunteerId.value()).stream()
                .filter(record -> record.status() == RecordStatus.APPROVED)
                .toList();
        long minutes = approved.stream().mapToLong(ServiceRecord::minutes).sum();
        if (approved.isEmpty() || minutes <= 0) {
            throw new PointsRefused(Reason.NOT_FOUND, "There is no approved service to certify yet.");
        }
        String code = Codes.readable(12);
        String body = String.join("\n", wording(volunteer.name(), volunteer.idNumberMasked(), approved, minutes, code));
        var certificate =
                new Certificate(code, volunteerId.value(), minutes, body, Codes.sha256Hex(body), clock.instant());
        em.persist(certificate);
        return certificate;
    }

    public Optional<Certificate> byCode(String code) {
        if (code == null || !code.matches("[A-Z0-9]{1,32}")) {
            return Optional.empty();
        }
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Certificate> ofVolunteer(long volunteerId) {
        return em.createQuery(
                        "select c from Certificate c where c.volunteerId = :volunteer order by c.id desc",
                        Certificate.class)
                .setParameter("volunteer", volunteerId)
                .getResultList();
    }

    private List<String> wording(
            String name, String idMasked, List<ServiceRecord> approved, long minutes, String code) {
        LocalDate first = approved.stream()
                .map(ServiceRecord::serviceDay)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = approved.stream()
                .map(ServiceRecord::serviceDay)
                .max(LocalDate::compareTo)
                .orElseThrow();
        var byCategory = new TreeMap<String, Long>();
        var activities = new TreeMap<String, LinkedHashSet<String>>();
        for (var record : approved) {
            String category = CATEGORY.getOrDefault(
                    record.category().name(), record.category().name());
            byCategory.merge(category, (long) record.minutes(), Long::sum);
            activities.computeIfAbsent(category, c -> new LinkedHashSet<>()).add(record.activityName());
        }
        var units = approved.stream()
                .map(record -> stations.nameOf(record.station()).orElse(record.organiser()))
                .distinct()
                .collect(Collectors.joining("、"));
        var lines = new java.util.ArrayList<String>();
        lines.add("志愿服务证明");
        lines.add("兹证明 " + name + "（身份证号 " + idMasked + "）于 " + first + " 至 " + last + " 参加志愿服务，经记录的服务时长合计 "
                + hours(minutes) + " 小时。");
        byCategory.forEach((category, categoryMinutes) -> lines.add("服务内容：" + category + " " + hours(categoryMinutes)
                + " 小时（" + activities.get(category).stream().limit(3).collect(Collectors.joining("、")) + "）"));
        lines.add("记录单位：" + units);
        lines.add("开具日期：" + Schedule.dayOf(clock.instant()));
        lines.add("证明编号：" + code);
        return lines;
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }
}
