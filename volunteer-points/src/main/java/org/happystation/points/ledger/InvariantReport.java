package org.happystation.points.ledger;

/**
 * What {@link LedgerCheck} found. {@link #ok()} when all entries sum to zero, every transaction balances and
 * has entries, every account's balance equals the sum of its entries, no account but the issuing one is
 * negative, and no idempotency key is used twice.
 */
public record InvariantReport(
        long transactions,
        long entries,
        long sumOfAllEntries,
        long unbalancedTransactions,
        long transactionsWithoutEntries,
        long balancesNotMatchingEntries,
        long negativeAccounts,
        long repeatedKeys,
        long pointsInCirculation) {

    public boolean ok() {
        return sumOfAllEntries == 0
                && unbalancedTransactions == 0
                && transactionsWithoutEntries == 0
                && balancesNotMatchingEntries == 0
                && negativeAccounts == 0
                && repeatedKeys == 0;
    }

    /** One line, for logs and the benchmarks: {@code invariants=ok transactions=… }. */
    public String summary() {
        return "invariants=" + (ok() ? "ok" : "FAILED") + " transactions=" + transactions + " entries=" + entries
                + " sum=" + sumOfAllEntries + " unbalanced=" + unbalancedTransactions + " empty="
                + transactionsWithoutEntries + " balance_mismatches=" + balancesNotMatchingEntries + " negative="
                + negativeAccounts + " repeated_keys=" + repeatedKeys + " in_circulation=" + pointsInCirculation;
    }
}
