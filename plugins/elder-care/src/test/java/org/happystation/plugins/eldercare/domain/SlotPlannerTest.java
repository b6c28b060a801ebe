package org.happystation.plugins.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2025, 6, 7);

    private static WorkingPlan plan(String mondayPeriods, String breaks, String holidays, String exceptions) {
        return new WorkingPlan(
                Map.of(
                        DayOfWeek.MONDAY,
                        Period.parseList(mondayPeriods),
                        DayOfWeek.TUESDAY,
                        Period.parseList(mondayPeriods)),
                Period.parseList(breaks),
                WorkingPlan.parseDates(holidays),
                WorkingPlan.parseExceptions(exceptions));
    }

    private static List<String> starts(WorkingPlan plan, LocalDate day, int minutes) {
        return SlotPlanner.slotsOn(plan, day, Duration.ofMinutes(minutes), SHANGHAI).stream()
                .map(slot -> slot.start() + "-" + slot.end())
                .toList();
    }

    @Test
    void a_period_gives_slots_back_to_back_and_a_remainder_too_short_for_a_slot_gives_none() {
        WorkingPlan plan = plan("09:00-11:00", "", "", "");

        assertThat(starts(plan, MONDAY, 45)).containsExactly("09:00-09:45", "09:45-10:30");
    }

    @Test
    void several_periods_of_a_day_each_give_their_slots() {
        WorkingPlan plan = plan("08:00-09:00, 14:00-15:30", "", "", "");

        assertThat(starts(plan, MONDAY, 30))
                .containsExactly("08:00-08:30", "08:30-09:00", "14:00-14:30", "14:30-15:00", "15:00-15:30");
    }

    @Test
    void a_break_is_cut_out_and_slots_start_again_after_it() {
        WorkingPlan plan = plan("08:30-11:30", "10:00-10:15", "", "");

        assertThat(starts(plan, MONDAY, 45)).containsExactly("08:30-09:15", "09:15-10:00", "10:15-11:00");
    }

    @Test
    void a_holiday_has_no_slots_and_the_next_working_day_is_unchanged() {
        WorkingPlan plan = plan("09:00-10:00", "", "2025-06-02", "");

        assertThat(starts(plan, MONDAY, 60)).isEmpty();
        assertThat(starts(plan, MONDAY.plusDays(1), 60)).containsExactly("09:00-10:00");
    }

    @Test
    void an_exception_replaces_the_weekday_hours_and_can_open_a_day_without_a_plan() {
        WorkingPlan plan = plan("09:00-10:00", "", "", "2025-06-02 14:00-15:00\n2025-06-07 08:00-09:00");

        assertThat(starts(plan, MONDAY, 60)).containsExactly("14:00-15:00");
        assertThat(starts(plan, SATURDAY, 60)).containsExactly("08:00-09:00");
    }

    @Test
    void an_exception_without_hours_closes_the_day() {
        WorkingPlan plan = plan("09:00-10:00", "", "", "2025-06-02");

        assertThat(starts(plan, MONDAY, 60)).isEmpty();
    }

    @Test
    void a_day_with_no_plan_has_no_slots() {
        assertThat(starts(plan("09:00-17:00", "", "", ""), SATURDAY, 60)).isEmpty();
    }

    @Test
    void nine_in_the_morning_in_shanghai_is_one_in_the_morning_utc() {
        CandidateSlot first = SlotPlanner.slotsOn(
                        plan("09:00-10:00", "", "", ""), MONDAY, Duration.ofHours(1), SHANGHAI)
                .getFirst();

        assertThat(first.startsAt()).isEqualTo(Instant.parse("2025-06-02T01:00:00Z"));
        assertThat(first.endsAt()).isEqualTo(Instant.parse("2025-06-02T02:00:00Z"));
        assertThat(first.start()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void a_plan_read_in_another_zone_follows_that_zones_clock_and_summer_time() {
        WorkingPlan plan = plan("09:00-10:00", "", "", "");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        CandidateSlot summer =
                SlotPlanner.slotsOn(plan, MONDAY, Duration.ofHours(1), berlin).getFirst();
        CandidateSlot winter = SlotPlanner.slotsOn(plan, LocalDate.of(2025, 12, 1), Duration.ofHours(1), berlin)
                .getFirst();

        assertThat(summer.startsAt()).isEqualTo(Instant.parse("2025-06-02T07:00:00Z"));
        assertThat(winter.startsAt()).isEqualTo(Instant.parse("2025-12-01T08:00:00Z"));
    }

    @Test
    void the_plan_survives_its_record_and_the_managers_text_fields_read_full_width_punctuation() {
        WorkingPlan plan = new WorkingPlan(
                Map.of(DayOfWeek.FRIDAY, Period.parseList("13：30－17：00，8:30-11:30")),
                Period.parseList("10:00-10:15"),
                Set.of(LocalDate.of(2025, 10, 1)),
                WorkingPlan.parseExceptions("2025-10-08: 09:00-12:00, 14:00-16:00"));

        WorkingPlan read = WorkingPlan.fromMap(Json.parseObject(Json.write(plan.toMap())));

        assertThat(read).isEqualTo(plan);
        assertThat(Period.format(read.on(DayOfWeek.FRIDAY))).isEqualTo("08:30-11:30, 13:30-17:00");
        assertThat(WorkingPlan.formatExceptions(read.exceptions())).isEqualTo("2025-10-08 09:00-12:00, 14:00-16:00");
    }

    @Test
    void unreadable_hours_are_refused_with_a_sentence_key_that_names_the_text() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parseList("9点到11点"))
                .isInstanceOf(ElderCareException.class)
                .hasMessage("plan.period-unreadable");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parse("11:00-09:00"))
                .isInstanceOf(ElderCareException.class)
                .hasMessage("plan.period-backwards");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkingPlan.parseDates("10月1日"))
                .isInstanceOf(ElderCareException.class)
                .hasMessage("plan.date-unreadable");
    }
}
