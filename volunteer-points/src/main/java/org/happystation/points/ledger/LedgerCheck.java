package org.happystation.points.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Proves the ledger's invariants on the data as it is, with plain SQL that trusts none of the code that
 * wrote it. Run by the console, {@code GET /api/points/ledger/check}, the tests and the crash benchmark.
 */
@ApplicationScoped
public class LedgerCheck {

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Transactional
    public InvariantReport run() {
        return new InvariantReport(
                count("select count(*) from ledger_transaction"),
                count("select count(*) from ledger_entry"),
                count("select coalesce(sum(amount), 0) from ledger_entry"),
                count("select count(*) from (select transaction_id from ledger_entry group by transaction_id"
                        + " having sum(amount) <> 0) unbalanced"),
                count("select count(*) from ledger_transaction t where not exists"
                        + " (select 1 from ledger_entry e where e.transaction_id = t.id)"),
                count("select count(*) from ledger_account a where a.balance <>"
                        + " (select coalesce(sum(e.amount), 0) from ledger_entry e where e.account_id = a.id)"),
                count("select count(*) from ledger_account where kind <> 'ISSUING' and balance < 0"),
                count("select count(*) - count(distinct idempotency_key) from ledger_transaction"),
                -count("select coalesce(sum(balance), 0) from ledger_account where kind = 'ISSUING'"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
