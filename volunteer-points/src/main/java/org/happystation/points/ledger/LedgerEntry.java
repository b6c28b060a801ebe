package org.happystation.points.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ledger_entry")
class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    long transactionId;

    @Column(name = "account_id", nullable = false, updatable = false)
    long accountId;

    @Column(nullable = false, updatable = false)
    long amount;

    protected LedgerEntry() {}

    LedgerEntry(long transactionId, long accountId, long amount) {
        this.transactionId = transactionId;
        this.accountId = accountId;
        this.amount = amount;
    }
}
