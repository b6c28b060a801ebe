package org.happystation.points.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeklyFiguresTest {

    @Test
    void weeks_start_on_monday_and_end_with_the_current_one() {
        var saturday = LocalDate.of(2026, 11, 21);

        assertThat(WeeklyFigures.weekOf(saturday)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(WeeklyFigures.weekOf(LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(WeeklyFigures.weeks(saturday, 3))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
    }
}
