package org.happystation.plugins.canteen.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

class PricingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    private final Pricing pricing = new Pricing(CanteenRules.defaults());

    @Test
    void a_resident_who_turns_80_this_year_pays_the_80_plus_price_all_year() {
        assertThat(pricing.tierOf(1945, LocalDate.of(2025, 1, 1))).isEqualTo(Tier.AGE_80_PLUS);
        assertThat(pricing.tierOf(1945, DAY)).isEqualTo(Tier.AGE_80_PLUS);
        assertThat(pricing.priceOf(Tier.AGE_80_PLUS)).isEqualTo(1000);
    }

    @Test
    void a_resident_who_turns_79_pays_the_60_to_79_price() {
        assertThat(pricing.tierOf(1946, DAY)).isEqualTo(Tier.AGE_60_TO_79);
        assertThat(pricing.priceOf(Tier.AGE_60_TO_79)).isEqualTo(1200);
    }

    @Test
    void a_resident_who_turns_60_is_in_the_60_to_79_tier_and_one_who_turns_59_is_not() {
        assertThat(pricing.tierOf(1965, DAY)).isEqualTo(Tier.AGE_60_TO_79);
        assertThat(pricing.tierOf(1966, DAY)).isEqualTo(Tier.OTHER);
        assertThat(pricing.priceOf(Tier.OTHER)).isEqualTo(1500);
    }

    @Test
    void an_eligible_resident_gets_the_subsidy_when_the_meal_costs_more_than_it() {
        assertThat(pricing.subsidyFor(1950, DAY, 1200, false)).isEqualTo(500);
    }

    @Test
    void no_subsidy_when_the_meal_costs_no_more_than_the_subsidy() {
        assertThat(pricing.subsidyFor(1950, DAY, 500, false)).isZero();
        assertThat(pricing.subsidyFor(1950, DAY, 400, false)).isZero();
        assertThat(pricing.subsidyFor(1950, DAY, 501, false)).isEqualTo(500);
    }

    @Test
    void no_subsidy_for_residents_under_the_age_or_a_second_meal_the_same_day() {
        assertThat(pricing.subsidyFor(1966, DAY, 1500, false)).isZero();
        assertThat(pricing.subsidyFor(1950, DAY, 1200, true)).isZero();
    }

    @Test
    void points_pay_the_whole_meal_after_the_subsidy() {
        Quote quote = pricing.quote(1945, DAY, Payment.POINTS, 10, false);

        assertThat(quote.basePriceFen()).isEqualTo(1000);
        assertThat(quote.subsidyFen()).isEqualTo(500);
        assertThat(quote.points()).isEqualTo(2);
        assertThat(quote.pointsValueFen()).isEqualTo(500);
        assertThat(quote.amountDueFen()).isZero();
    }

    @Test
    void paying_both_uses_one_point_for_half_the_meal_and_the_rest_at_the_counter() {
        Quote quote = pricing.quote(1960, DAY, Payment.BOTH, 1, false);

        assertThat(quote.points()).isEqualTo(1);
        assertThat(quote.pointsValueFen()).isEqualTo(350);
        assertThat(quote.amountDueFen()).isEqualTo(350);
    }

    @Test
    void points_share_rounds_down_so_the_counter_never_gets_less_than_its_due() {
        var rules = new HashMap<>(CanteenRules.DEFAULTS);
        rules.put(CanteenRules.POINTS_PER_MEAL, "3");
        Quote quote = new Pricing(CanteenRules.from(rules::get)).quote(1990, DAY, Payment.BOTH, 1, false);

        assertThat(quote.pointsValueFen()).isEqualTo(500);
        assertThat(quote.amountDueFen()).isEqualTo(1000);
        assertThat(quote.pointsValueFen() + quote.amountDueFen()).isEqualTo(quote.afterSubsidyFen());
    }

    @Test
    void paying_at_the_counter_uses_no_points() {
        Quote quote = pricing.quote(1990, DAY, Payment.COUNTER, 50, false);

        assertThat(quote.points()).isZero();
        assertThat(quote.subsidyFen()).isZero();
        assertThat(quote.amountDueFen()).isEqualTo(1500);
    }

    @Test
    void amounts_are_never_negative_even_for_a_free_meal() {
        var rules = new HashMap<>(CanteenRules.DEFAULTS);
        rules.put(CanteenRules.PRICE_80, "0");
        Quote quote = new Pricing(CanteenRules.from(rules::get)).quote(1940, DAY, Payment.POINTS, 5, false);

        assertThat(quote.subsidyFen()).isZero();
        assertThat(quote.points()).isZero();
        assertThat(quote.amountDueFen()).isZero();
        assertThat(pricing.valueOf(99, 300)).isEqualTo(300);
        assertThat(pricing.valueOf(-3, 300)).isZero();
    }

    @Test
    void a_settings_typo_falls_back_to_the_default() {
        var rules = new HashMap<>(CanteenRules.DEFAULTS);
        rules.put(CanteenRules.sittingsKey(Meal.LUNCH), "eleven to twelve");
        rules.put(CanteenRules.SUBSIDY, "five");

        CanteenRules read = CanteenRules.from(rules::get);

        assertThat(read.sittingsOf(Meal.LUNCH)).hasSize(2);
        assertThat(read.subsidyFen()).isEqualTo(500);
    }
}
