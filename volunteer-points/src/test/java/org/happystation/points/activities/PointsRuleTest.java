package org.happystation.points.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointsRuleTest {

    @Test
    void two_hours_in_the_canteen_earn_two_points_as_in_dongta_community() {
        var rule = PointsRule.DEFAULT;

        assertThat(rule.recordedMinutes(120)).isEqualTo(120);
        assertThat(rule.points(120, 0)).isEqualTo(2);
    }

    @Test
    void minutes_are_rounded_down_to_the_step_and_short_service_records_nothing() {
        var rule = PointsRule.DEFAULT;

        assertThat(rule.recordedMinutes(89)).isEqualTo(60);
        assertThat(rule.recordedMinutes(90)).isEqualTo(90);
        assertThat(rule.recordedMinutes(29)).isZero();
        assertThat(rule.points(90, 0)).isEqualTo(1);
    }

    @Test
    void the_daily_cap_counts_what_the_day_earned_already() {
        var rule = new PointsRule(2, 15, 15, 5);

        assertThat(rule.points(180, 0)).isEqualTo(5);
        assertThat(rule.points(60, 4)).isEqualTo(1);
        assertThat(rule.points(60, 5)).isZero();
    }

    @Test
    void a_rule_out_of_range_is_refused_with_the_reason() {
        assertThatThrownBy(() -> new PointsRule(1, 0, 30, 8)).hasMessageContaining("rounding step");
        assertThatThrownBy(() -> new PointsRule(11, 30, 30, 8)).hasMessageContaining("Points per hour");
    }
}
