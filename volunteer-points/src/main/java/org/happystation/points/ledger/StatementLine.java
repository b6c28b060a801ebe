package org.happystation.points.ledger;

import java.time.Instant;

/** One line of a wallet's statement: what happened, how many points, and the balance after it. */
public record StatementLine(
        Instant at, TransactionKind kind, String memo, String idempotencyKey, long amount, long balanceAfter) {}
