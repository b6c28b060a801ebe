package org.happystation.plugins.tutoring.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.happystation.plugin.api.ResidentInfo;

/** A station with the autumn term 2026 and a small maths class, for the domain tests. */
final class Fixtures {

    static final ResidentInfo MOTHER = new ResidentInfo(100, "李红", 1988);
    static final ResidentInfo XIAOMING = new ResidentInfo(201, "张小明", 2017);
    static final ResidentInfo XIAOHONG = new ResidentInfo(202, "张小红", 2015);
    static final ResidentInfo XIAOGANG = new ResidentInfo(203, "王小刚", 2016);
    static final ResidentInfo XIAOLI = new ResidentInfo(204, "刘小丽", 2017);
    static final ResidentInfo TEACHER = new ResidentInfo(300, "陈老师", 1960);

    /** Thursday 19 November 2026, 18:30 in the station: today's 16:30 session has ended. */
    static final LocalDateTime THURSDAY_EVENING = LocalDateTime.of(2026, 11, 19, 18, 30);

    final InMemoryRecordStore records = new InMemoryRecordStore();
    final InMemoryReservations reservations = new InMemoryReservations();
    final MutableClock clock = new MutableClock(THURSDAY_EVENING);
    final Catalogue catalogue = new Catalogue(records);
    final Enrolments enrolments = new Enrolments(records, reservations, clock);
    final ChildProfiles profiles = new ChildProfiles(records);
    final AttendanceBook book = new AttendanceBook(records);
    final Term term;

    Fixtures() {
        term = catalogue.save(Term.draft("2026年秋季学期", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 20))
                .withHolidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
    }

    /** 三四年级数学: grades 3 to 4, Tuesday and Thursday 16:30 to 18:00, with the given places. */
    TutoringClass mathsClass(int capacity, Tutor tutor) {
        return catalogue.save(new TutoringClass(
                "",
                0,
                "三四年级数学",
                "数学",
                new GradeRange(3, 4),
                tutor,
                WeeklySchedule.of(
                        Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(16, 30), LocalTime.of(18, 0)),
                "一号教室",
                capacity,
                term.id(),
                false,
                false,
                "",
                null));
    }

    /** Gives the child a profile in the grade. */
    void profile(ResidentInfo child, int grade) {
        profiles.save(MOTHER, child, grade, "铁东区实验小学", "13800001234");
    }

    ClassSession session(TutoringClass tutoringClass, LocalDate date) {
        return new Timetable(MutableClock.STATION)
                .sessionOn(tutoringClass, term, date)
                .orElseThrow();
    }
}
