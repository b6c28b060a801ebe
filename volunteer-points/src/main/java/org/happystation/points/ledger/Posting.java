package org.happystation.points.ledger;

import java.util.List;
import java.util.Objects;

/**
 * A transaction about to be written. Its legs must sum to zero: the ledger refuses anything else before it
 * touches the database.
 */
public record Posting(String idempotencyKey, TransactionKind kind, String memo, List<Leg> legs) {

    public Posting {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 160) {
            throw new IllegalArgumentException(
                    "Every ledger transaction has an idempotency key of 1 to 160 characters.");
        }
        Objects.requireNonNull(kind);
        memo = memo == null ? "" : memo.strip();
        if (memo.length() > 300) {
            memo = memo.substring(0, 300);
        }
        legs = List.copyOf(legs);
        if (legs.size() < 2) {
            throw new IllegalArgumentException("A double-entry transaction has at least two entries.");
        }
        long sum = 0;
        for (Leg leg : legs) {
            sum = Math.addExact(sum, leg.amount());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("A transaction's entries must sum to zero, not " + sum + ".");
        }
    }
}
