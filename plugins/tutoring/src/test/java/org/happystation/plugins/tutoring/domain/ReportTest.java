package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.happystation.plugins.tutoring.domain.Fixtures.MOTHER;
import static org.happystation.plugins.tutoring.domain.Fixtures.TEACHER;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOGANG;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOHONG;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOMING;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.happystation.plugins.tutoring.domain.SessionClosing.TakenBy;
import org.junit.jupiter.api.Test;

class ReportTest {

    private final Fixtures station = new Fixtures();
    private final RecordingVolunteerWork volunteerWork = new RecordingVolunteerWork(station.clock, TEACHER.id());
    private final SessionClosing closing = new SessionClosing(station.book, volunteerWork, station.clock);
    private final TutoringClass maths;

    ReportTest() {
        station.catalogue.addTutor(TEACHER, true);
        TutoringClass created = station.mathsClass(2, Tutor.of(TEACHER));
        station.profile(XIAOMING, 3);
        station.profile(XIAOHONG, 4);
        station.profile(XIAOGANG, 3);
        station.enrolments.enrol(created.id(), MOTHER, XIAOMING);
        station.enrolments.enrol(created.id(), MOTHER, XIAOHONG);
        station.enrolments.enrol(created.id(), MOTHER, XIAOGANG);
        maths = station.catalogue.findClass(created.id()).orElseThrow();
        hold(LocalDate.of(2026, 11, 17), Set.of(XIAOMING.id(), XIAOHONG.id()));
        hold(LocalDate.of(2026, 11, 19), Set.of(XIAOMING.id()));
    }

    private void hold(LocalDate date, Set<Long> present) {
        var sheet =
                new AttendanceSheet(maths, station.session(maths, date), station.enrolments.roster(maths), present, "");
        closing.save(sheet, TakenBy.TUTOR, "陈老师", true);
    }

    @Test
    void a_class_shows_its_enrolled_waitlisted_sessions_held_and_attendance_rate() {
        ClassFigures figures = Report.of(station.catalogue, station.enrolments, station.book)
                .classes()
                .getFirst();

        assertThat(figures.enrolled()).isEqualTo(2);
        assertThat(figures.waitlisted()).isEqualTo(1);
        assertThat(figures.sessionsHeld()).isEqualTo(2);
        assertThat(figures.attendanceRate()).hasValue(75);
    }

    @Test
    void a_tutor_hours_add_up_over_the_sessions_held_and_show_what_awaits_review() {
        TutorFigures figures = Report.of(station.catalogue, station.enrolments, station.book)
                .tutors()
                .getFirst();

        assertThat(figures.tutor().name()).isEqualTo("陈老师");
        assertThat(figures.sessions()).isEqualTo(2);
        assertThat(figures.minutes()).isEqualTo(180);
        assertThat(figures.hours()).isEqualTo("3.0");
        assertThat(figures.points()).isEqualTo(2);
        assertThat(figures.awaitingReview()).isEqualTo(1);
    }

    @Test
    void the_csv_opens_in_excel_with_chinese_and_defuses_formulas() {
        var formula = station.catalogue.save(new TutoringClass(
                "",
                0,
                "=HYPERLINK(\"x\")",
                "数学",
                new GradeRange(1, 2),
                Tutor.NONE,
                maths.schedule(),
                "二号教室",
                5,
                station.term.id(),
                false,
                false,
                "",
                null));

        byte[] csv =
                Report.of(station.catalogue, station.enrolments, station.book).toCsv(key -> key);

        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("三四年级数学,数学,3-4,陈老师,2,2,1,2,75%\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(text).contains("陈老师,2,180,3.0,2,1\r\n");
        assertThat(formula.name()).startsWith("=");
    }

    @Test
    void a_class_without_held_sessions_has_no_rate_yet() {
        var empty = Report.figures(maths, new Occupancy(12, 0, 0), java.util.List.of());

        assertThat(empty.attendanceRate()).isEmpty();
    }
}
