package org.happystation.plugins.canteen.domain;

import java.time.LocalDate;

/**
 * What a meal costs a resident: the price of their age tier (age by year: born 1945 is 80 all through
 * 2025), less the daily subsidy when they are eligible and the meal costs more than the subsidy, paid with
 * points, at the counter, or both.
 *
 * <p>The points rule is one: {@link CanteenRules#pointsPerMeal()} points pay the whole meal after the
 * subsidy (DOMAIN.md: a free meal for 2 points), and fewer points pay their share of it, rounded down to
 * the fen so the counter never gets less than its due. Paying "both" uses as many points as the orderer
 * has, up to one fewer than a whole meal.
 */
public final class Pricing {

    private final CanteenRules rules;

    public Pricing(CanteenRules rules) {
        this.rules = rules;
    }

    /** The eater's age this year. */
    public static int ageIn(int birthYear, LocalDate day) {
        return day.getYear() - birthYear;
    }

    /** The tier of someone born in {@code birthYear}, on {@code day}. */
    public Tier tierOf(int birthYear, LocalDate day) {
        int age = ageIn(birthYear, day);
        if (age >= 80) {
            return Tier.AGE_80_PLUS;
        }
        return age >= 60 ? Tier.AGE_60_TO_79 : Tier.OTHER;
    }

    /** The price of a tier, in fen. */
    public long priceOf(Tier tier) {
        return rules.priceFen().get(tier);
    }

    /**
     * The subsidy on a meal: only for residents at least {@link CanteenRules#subsidyMinAge()} old, only
     * once a day, and only when the meal costs more than the subsidy.
     */
    public long subsidyFor(int birthYear, LocalDate day, long priceFen, boolean subsidyUsedToday) {
        boolean eligible = ageIn(birthYear, day) >= rules.subsidyMinAge();
        return eligible && !subsidyUsedToday && priceFen > rules.subsidyFen() ? rules.subsidyFen() : 0;
    }

    /** The points that pay for the meal under a payment choice, given the orderer's balance. */
    public long pointsFor(Payment payment, long balance, long afterSubsidyFen) {
        if (afterSubsidyFen <= 0) {
            return 0;
        }
        return switch (payment) {
            case POINTS -> rules.pointsPerMeal();
            case COUNTER -> 0;
            case BOTH -> Math.max(0, Math.min(balance, rules.pointsPerMeal() - 1L));
        };
    }

    /** What {@code points} pay of a meal that costs {@code afterSubsidyFen}: their share, at most all of it. */
    public long valueOf(long points, long afterSubsidyFen) {
        long capped = Math.min(Math.max(points, 0), rules.pointsPerMeal());
        return Math.max(0, afterSubsidyFen) * capped / rules.pointsPerMeal();
    }

    /** The whole breakdown of one meal. */
    public Quote quote(int eaterBirthYear, LocalDate day, Payment payment, long ordererBalance, boolean subsidyUsed) {
        Tier tier = tierOf(eaterBirthYear, day);
        long price = priceOf(tier);
        long subsidy = subsidyFor(eaterBirthYear, day, price, subsidyUsed);
        long after = price - subsidy;
        long points = pointsFor(payment, ordererBalance, after);
        long value = valueOf(points, after);
        return new Quote(tier, price, subsidy, points, value, Math.max(0, after - value));
    }

    /** Whether a payment choice can be made with the orderer's balance. */
    public boolean affordable(Payment payment, long balance, long afterSubsidyFen) {
        return switch (payment) {
            case COUNTER -> true;
            case POINTS -> balance >= pointsFor(Payment.POINTS, balance, afterSubsidyFen);
            case BOTH -> rules.pointsPerMeal() > 1 && balance >= 1 && afterSubsidyFen > 0;
        };
    }
}
