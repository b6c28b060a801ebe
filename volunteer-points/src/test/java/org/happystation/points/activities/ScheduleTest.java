package org.happystation.points.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    /** Lunch help on weekdays of November 2026, 10:30 to 13:00 Beijing time. */
    private final Schedule lunch = new Schedule(
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30),
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(10, 30),
            LocalTime.of(13, 0));

    @Test
    void times_are_beijing_time_whatever_the_servers_zone() {
        assertThat(lunch.startOn(LocalDate.of(2026, 11, 23))).isEqualTo(Instant.parse("2026-11-23T02:30:00Z"));
    }

    @Test
    void a_session_is_open_from_the_early_allowance_until_its_end_on_its_weekdays_only() {
        var early = Duration.ofMinutes(30);

        assertThat(lunch.sessionAt(Instant.parse("2026-11-23T02:00:00Z"), early))
                .contains(LocalDate.of(2026, 11, 23));
        assertThat(lunch.sessionAt(Instant.parse("2026-11-23T01:59:00Z"), early))
                .isEmpty();
        assertThat(lunch.sessionAt(Instant.parse("2026-11-23T05:00:00Z"), early))
                .isEmpty();
        assertThat(lunch.sessionAt(Instant.parse("2026-11-21T03:00:00Z"), early))
                .as("a Saturday")
                .isEmpty();
    }

    @Test
    void the_next_session_skips_weekends_and_ends_with_the_last_day() {
        assertThat(lunch.nextSession(Instant.parse("2026-11-21T03:00:00Z"))).contains(LocalDate.of(2026, 11, 23));
        assertThat(lunch.nextSession(Instant.parse("2026-11-30T06:00:00Z"))).isEmpty();
    }

    @Test
    void weekdays_are_stored_as_digits_and_read_back() {
        assertThat(lunch.weekdayDigits()).isEqualTo("12345");
        assertThat(Schedule.weekdaysOf("12345")).isEqualTo(lunch.weekdays());
    }

    @Test
    void an_activity_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> Schedule.once(LocalDate.of(2026, 11, 23), LocalTime.of(14, 0), LocalTime.of(13, 0)))
                .hasMessageContaining("ends after it starts");
    }
}
