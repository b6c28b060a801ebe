package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.happystation.plugins.tutoring.domain.Fixtures.MOTHER;
import static org.happystation.plugins.tutoring.domain.Fixtures.TEACHER;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOHONG;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOMING;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.happystation.plugin.api.VolunteerWork;
import org.happystation.plugins.tutoring.domain.SessionClosing.TakenBy;
import org.junit.jupiter.api.Test;

class SessionClosingTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    private final Fixtures station = new Fixtures();
    private final RecordingVolunteerWork volunteerWork = new RecordingVolunteerWork(station.clock, TEACHER.id());
    private final SessionClosing closing = new SessionClosing(station.book, volunteerWork, station.clock);
    private final TutoringClass maths;

    SessionClosingTest() {
        TutoringClass created = station.mathsClass(12, Tutor.of(TEACHER));
        station.profile(XIAOMING, 3);
        station.profile(XIAOHONG, 4);
        station.enrolments.enrol(created.id(), MOTHER, XIAOMING);
        station.enrolments.enrol(created.id(), MOTHER, XIAOHONG);
        maths = station.catalogue.findClass(created.id()).orElseThrow();
    }

    private AttendanceSheet sheet(LocalDate date, Set<Long> present, String note) {
        return new AttendanceSheet(
                maths, station.session(maths, date), station.enrolments.roster(maths), present, note);
    }

    @Test
    void the_tutor_saves_attendance_and_the_session_becomes_approved_service_on_its_day() {
        SessionRecord saved = closing.save(sheet(THURSDAY, Set.of(XIAOMING.id()), "讲了分数"), TakenBy.TUTOR, "陈老师", true);

        assertThat(saved.present()).containsExactly(XIAOMING.id());
        assertThat(saved.absent()).containsExactly(XIAOHONG.id());
        assertThat(saved.note()).isEqualTo("讲了分数");
        assertThat(saved.hours()).isEqualTo(HoursState.RECORDED);
        assertThat(saved.minutes()).isEqualTo(90);
        VolunteerWork.ServiceGiven service = volunteerWork.recorded().getFirst();
        assertThat(service.volunteer().id()).isEqualTo(TEACHER.id());
        assertThat(service.kind()).isEqualTo(VolunteerWork.ServiceKind.TUTORING);
        assertThat(service.activity()).isEqualTo("课后辅导：三四年级数学");
        assertThat(service.start()).isEqualTo(Instant.parse("2026-11-19T08:30:00Z"));
        assertThat(service.end()).isEqualTo(Instant.parse("2026-11-19T10:00:00Z"));
        assertThat(service.confirmedByStaff()).isTrue();
        assertThat(service.idempotencyKey()).isEqualTo("tutoring-" + maths.id() + "-2026-11-19");
    }

    @Test
    void saving_again_corrects_the_attendance_but_never_records_the_hours_twice() {
        closing.save(sheet(THURSDAY, Set.of(XIAOMING.id()), ""), TakenBy.TUTOR, "陈老师", true);

        SessionRecord corrected =
                closing.save(sheet(THURSDAY, Set.of(XIAOMING.id(), XIAOHONG.id()), "小红迟到"), TakenBy.TUTOR, "陈老师", true);

        assertThat(corrected.present()).containsExactly(XIAOMING.id(), XIAOHONG.id());
        assertThat(corrected.absent()).isEmpty();
        assertThat(corrected.hours()).isEqualTo(HoursState.RECORDED);
        assertThat(corrected.minutes()).isEqualTo(90);
        assertThat(volunteerWork.recorded()).hasSize(1);
        assertThat(station.book.ofClass(maths.id())).hasSize(1);
    }

    @Test
    void a_session_entered_on_a_later_day_waits_for_a_manager_review() {
        station.clock.set(LocalDateTime.of(2026, 11, 21, 10, 0));

        SessionRecord saved = closing.save(sheet(THURSDAY, Set.of(XIAOMING.id()), ""), TakenBy.TUTOR, "陈老师", true);

        assertThat(volunteerWork.recorded().getFirst().confirmedByStaff()).isFalse();
        assertThat(saved.hours()).isEqualTo(HoursState.AWAITING_REVIEW);
    }

    @Test
    void a_staff_member_taking_attendance_confirms_the_tutor_service() {
        station.clock.set(LocalDateTime.of(2026, 11, 21, 10, 0));

        SessionRecord saved = closing.save(sheet(THURSDAY, Set.of(), ""), TakenBy.STAFF, "staff1", true);

        assertThat(volunteerWork.recorded().getFirst().confirmedByStaff()).isTrue();
        assertThat(saved.hours()).isEqualTo(HoursState.RECORDED);
        assertThat(saved.savedBy()).isEqualTo("staff1");
    }

    @Test
    void staff_who_say_the_tutor_did_not_teach_save_attendance_without_hours() {
        SessionRecord saved = closing.save(sheet(THURSDAY, Set.of(XIAOMING.id()), ""), TakenBy.STAFF, "staff1", false);

        assertThat(saved.hours()).isEqualTo(HoursState.TUTOR_ABSENT);
        assertThat(saved.present()).containsExactly(XIAOMING.id());
        assertThat(volunteerWork.recorded()).isEmpty();
    }

    @Test
    void a_session_ended_early_records_the_time_actually_given() {
        station.clock.set(LocalDateTime.of(2026, 11, 19, 17, 45));

        SessionRecord saved = closing.save(sheet(THURSDAY, Set.of(XIAOMING.id()), ""), TakenBy.TUTOR, "陈老师", true);

        assertThat(saved.minutes()).isEqualTo(75);
        assertThat(volunteerWork.recorded().getFirst().end()).isEqualTo(Instant.parse("2026-11-19T09:45:00Z"));
    }

    @Test
    void attendance_saved_before_the_session_begins_records_the_hours_at_the_next_save() {
        station.clock.set(LocalDateTime.of(2026, 11, 19, 16, 0));
        SessionRecord early = closing.save(sheet(THURSDAY, Set.of(XIAOMING.id()), ""), TakenBy.TUTOR, "陈老师", true);
        assertThat(early.hours()).isEqualTo(HoursState.NOT_STARTED);
        assertThat(volunteerWork.recorded()).isEmpty();

        station.clock.set(LocalDateTime.of(2026, 11, 19, 18, 5));
        SessionRecord later = closing.save(sheet(THURSDAY, Set.of(XIAOMING.id()), ""), TakenBy.TUTOR, "陈老师", true);

        assertThat(later.hours()).isEqualTo(HoursState.RECORDED);
        assertThat(volunteerWork.recorded()).hasSize(1);
    }

    @Test
    void without_volunteer_records_the_attendance_is_still_saved() {
        var unavailable = new SessionClosing(station.book, VolunteerWork.UNAVAILABLE, station.clock);

        SessionRecord saved = unavailable.save(sheet(THURSDAY, Set.of(XIAOMING.id()), ""), TakenBy.TUTOR, "陈老师", true);

        assertThat(saved.hours()).isEqualTo(HoursState.UNAVAILABLE);
        assertThat(station.book
                        .find(station.session(maths, THURSDAY))
                        .orElseThrow()
                        .present())
                .containsExactly(XIAOMING.id());
    }

    @Test
    void a_tutor_who_is_no_longer_a_volunteer_gets_no_hours_but_the_attendance_is_kept() {
        var noVolunteers = new SessionClosing(station.book, new RecordingVolunteerWork(station.clock), station.clock);

        SessionRecord saved = noVolunteers.save(sheet(THURSDAY, Set.of(), ""), TakenBy.TUTOR, "陈老师", true);

        assertThat(saved.hours()).isEqualTo(HoursState.NOT_A_VOLUNTEER);
        assertThat(saved.absent()).hasSize(2);
    }

    @Test
    void a_session_still_to_come_cannot_be_taken_and_nothing_is_saved() {
        LocalDate nextTuesday = LocalDate.of(2026, 11, 24);

        assertThatThrownBy(() -> closing.save(sheet(nextTuesday, Set.of(), ""), TakenBy.TUTOR, "陈老师", true))
                .hasMessage("session.in-future");
        assertThat(station.book.all()).isEmpty();
    }

    @Test
    void a_note_longer_than_500_characters_is_refused_and_nothing_is_saved() {
        String longNote = "很".repeat(501);

        assertThatThrownBy(() -> closing.save(sheet(THURSDAY, Set.of(), longNote), TakenBy.TUTOR, "陈老师", true))
                .hasMessage("session.note-too-long");
        assertThat(station.book.all()).isEmpty();
    }

    @Test
    void the_parent_sees_each_held_session_of_the_child_and_the_rate() {
        closing.save(sheet(LocalDate.of(2026, 11, 17), Set.of(XIAOMING.id()), ""), TakenBy.TUTOR, "陈老师", true);
        closing.save(sheet(THURSDAY, Set.of(XIAOHONG.id()), ""), TakenBy.TUTOR, "陈老师", true);

        var marks = station.book.marksOf(maths.id(), XIAOMING.id());

        assertThat(marks)
                .containsExactly(
                        new AttendanceBook.Mark(LocalDate.of(2026, 11, 17), true),
                        new AttendanceBook.Mark(THURSDAY, false));
        assertThat(Rate.percent(1, 2)).hasValue(50);
    }
}
