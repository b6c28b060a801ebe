package org.happystation.points.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void ten_working_days_skip_two_weekends() {
        // Saturday 21 November 2026: ten working days later is Friday 4 December.
        assertThat(WorkingDays.recordingDeadline(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(WorkingDays.recordingDeadline(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
