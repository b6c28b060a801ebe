package org.happystation.points.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void two_hours_of_canteen_help_pay_for_a_two_point_meal() {
        var earned = Points.of(1).plus(Points.of(1));

        assertThat(earned.covers(Points.of(2))).isTrue();
        assertThat(earned.minus(Points.of(2))).isEqualTo(Points.ZERO);
    }

    @Test
    void spending_more_than_the_balance_is_refused() {
        assertThatThrownBy(() -> Points.of(1).minus(Points.of(2))).hasMessageContaining("Cannot take 2 points from 1");
    }

    @Test
    void negative_points_do_not_exist() {
        assertThatThrownBy(() -> Points.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
