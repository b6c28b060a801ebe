package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimetableTest {

    private final Fixtures station = new Fixtures();
    private final Timetable timetable = new Timetable(MutableClock.STATION);
    private final TutoringClass maths = station.mathsClass(12, Tutor.NONE);

    @Test
    void sessions_fall_on_the_class_weekdays_of_the_term_and_skip_the_holidays() {
        var sessions = timetable.sessions(maths, station.term);

        assertThat(sessions).allSatisfy(session -> assertThat(session.date().getDayOfWeek())
                .isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        assertThat(sessions.getFirst().date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(sessions.getLast().date()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(sessions)
                .extracting(ClassSession::date)
                .doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 6))
                .contains(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 8));
    }

    @Test
    void a_session_starts_at_the_station_time_in_shanghai() {
        ClassSession session = station.session(maths, LocalDate.of(2026, 11, 19));

        assertThat(session.startsAt(MutableClock.STATION)).isEqualTo(Instant.parse("2026-11-19T08:30:00Z"));
        assertThat(session.endsAt(MutableClock.STATION)).isEqualTo(Instant.parse("2026-11-19T10:00:00Z"));
        assertThat(session.key()).isEqualTo(maths.id() + "-2026-11-19");
    }

    @Test
    void the_next_four_sessions_start_with_the_one_still_running() {
        Instant duringThursdaysSession = Instant.parse("2026-11-19T09:00:00Z");

        var upcoming = timetable.upcoming(maths, station.term, duringThursdaysSession, 4);

        assertThat(upcoming)
                .extracting(ClassSession::date)
                .containsExactly(
                        LocalDate.of(2026, 11, 19),
                        LocalDate.of(2026, 11, 24),
                        LocalDate.of(2026, 11, 26),
                        LocalDate.of(2026, 12, 1));
    }

    @Test
    void the_tutor_sees_today_first_then_the_earlier_sessions() {
        var sessions = timetable.forAttendance(maths, station.term, LocalDate.of(2026, 11, 19), 3);

        assertThat(sessions)
                .extracting(ClassSession::date)
                .containsExactly(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 12));
    }

    @Test
    void a_holiday_added_to_the_term_removes_that_session() {
        Term withHoliday = station.catalogue.save(station.term.withHolidays(LocalDate.of(2026, 11, 24), null));

        assertThat(timetable.sessionOn(maths, withHoliday, LocalDate.of(2026, 11, 24)))
                .isEmpty();
        assertThat(timetable.sessionOn(maths, withHoliday, LocalDate.of(2026, 11, 26)))
                .isPresent();
    }
}
