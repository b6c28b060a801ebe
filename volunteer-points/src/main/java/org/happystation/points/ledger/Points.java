package org.happystation.points.ledger;

/**
 * A whole, non-negative number of volunteer points. One hour of service earns one point by default
 * (DOMAIN.md), so there are no fractions: partial hours are rounded by the activity's points rule.
 */
public record Points(long amount) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public Points {
        if (amount < 0) {
            throw new IllegalArgumentException("Points cannot be negative: " + amount);
        }
    }

    public static Points of(long amount) {
        return new Points(amount);
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(amount, other.amount));
    }

    /** The difference; refuses to go below zero, as a wallet never does. */
    public Points minus(Points other) {
        if (other.amount > amount) {
            throw new IllegalArgumentException("Cannot take " + other.amount + " points from " + amount);
        }
        return new Points(amount - other.amount);
    }

    public boolean covers(Points price) {
        return amount >= price.amount;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(amount, other.amount);
    }
}
