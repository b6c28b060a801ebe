package org.happystation.points.ledger;

import java.util.Objects;

/** One side of a transaction: the amount added to (positive) or taken from (negative) an account. */
public record Leg(Account account, long amount) {

    public Leg {
        Objects.requireNonNull(account);
        if (amount == 0) {
            throw new IllegalArgumentException("A ledger entry moves at least one point.");
        }
    }

    /** A transfer: two legs that sum to zero. */
    public static java.util.List<Leg> transfer(Account from, Account to, Points points) {
        if (points.amount() == 0) {
            throw new IllegalArgumentException("A transfer moves at least one point.");
        }
        return java.util.List.of(new Leg(from, -points.amount()), new Leg(to, points.amount()));
    }
}
