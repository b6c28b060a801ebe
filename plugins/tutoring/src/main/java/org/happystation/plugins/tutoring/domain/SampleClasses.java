package org.happystation.plugins.tutoring.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.happystation.plugin.api.RecordStore;

/**
 * The example classes a station gets on first use, so that the kiosk shows something real before the
 * manager sets up their own: the current term, two rooms and four classes without a tutor (待定), badged as
 * samples. Offered once: a marker record remembers it, so removing the samples keeps them removed.
 */
public final class SampleClasses {

    static final String MARKERS = "markers";

    private SampleClasses() {}

    /** Seeds the samples at a station that never had classes nor samples. */
    public static void seedIfNew(RecordStore records, LocalDate today) {
        var catalogue = new Catalogue(records);
        if (!records.findBy(MARKERS, "name", "samples-offered").isEmpty()
                || !catalogue.classes().isEmpty()) {
            return;
        }
        records.insert(MARKERS, Json.write(Map.of("name", "samples-offered")));
        Term term = catalogue.save(currentTerm(today));
        catalogue.addRoom("一号教室");
        catalogue.addRoom("二号教室");
        for (TutoringClass sample : samples(term.id())) {
            catalogue.save(sample);
        }
    }

    /** Removes the sample classes, withdrawing any child enrolled in them; returns how many went. */
    public static int removeSamples(Catalogue catalogue, Enrolments enrolments) {
        List<TutoringClass> samples =
                catalogue.classes().stream().filter(TutoringClass::sample).toList();
        for (TutoringClass sample : samples) {
            enrolments.enrolmentsOf(sample.id()).stream()
                    .filter(enrolment -> !enrolment.withdrawn())
                    .forEach(enrolment -> enrolments.withdraw(sample.id(), enrolment.childId()));
            catalogue.delete(catalogue.findClass(sample.id()).orElseThrow());
        }
        return samples.size();
    }

    /**
     * The school term around {@code today}: autumn (1 September to 20 January, with the National Day week and
     * New Year's Day off), spring (16 February to 10 July, with May Day off; the winter break looks ahead to
     * it), or the summer holiday classes (11 July to 31 August).
     */
    static Term currentTerm(LocalDate today) {
        int year = today.getYear();
        MonthDay day = MonthDay.from(today);
        if (!day.isAfter(MonthDay.of(1, 20))) {
            return autumn(year - 1);
        }
        if (!day.isAfter(MonthDay.of(7, 10))) {
            return Term.draft(year + "年春季学期", LocalDate.of(year, 2, 16), LocalDate.of(year, 7, 10))
                    .withHolidays(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 5));
        }
        if (!day.isAfter(MonthDay.of(8, 31))) {
            return Term.draft(year + "年暑期班", LocalDate.of(year, 7, 11), LocalDate.of(year, 8, 31));
        }
        return autumn(year);
    }

    private static Term autumn(int year) {
        return Term.draft(year + "年秋季学期", LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 20))
                .withHolidays(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 7))
                .withHolidays(LocalDate.of(year + 1, 1, 1), null);
    }

    private static List<TutoringClass> samples(String termId) {
        return List.of(
                sample(
                        "作业辅导（低年级）",
                        "语文",
                        1,
                        2,
                        Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        "16:00",
                        "17:30",
                        "二号教室",
                        15,
                        termId),
                sample(
                        "三四年级数学",
                        "数学",
                        3,
                        4,
                        Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        "16:30",
                        "18:00",
                        "一号教室",
                        12,
                        termId),
                sample("英语听说", "英语", 4, 6, Set.of(DayOfWeek.FRIDAY), "16:30", "17:30", "一号教室", 10, termId),
                sample("少儿书法", "书法", 2, 6, Set.of(DayOfWeek.SATURDAY), "09:00", "10:30", "二号教室", 12, termId));
    }

    private static TutoringClass sample(
            String name,
            String subject,
            int gradeFrom,
            int gradeTo,
            Set<DayOfWeek> days,
            String start,
            String end,
            String room,
            int capacity,
            String termId) {
        return new TutoringClass(
                "",
                0,
                name,
                subject,
                new GradeRange(gradeFrom, gradeTo),
                Tutor.NONE,
                WeeklySchedule.of(days, LocalTime.parse(start), LocalTime.parse(end)),
                room,
                capacity,
                termId,
                true,
                false,
                "",
                null);
    }
}
