package org.happystation.points.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account row. Its balance changes only through the ledger's guarded update, in the same transaction
 * as the entries that explain it, so it is never loaded to be changed.
 */
@Entity
@Table(name = "ledger_account")
class LedgerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AccountKind kind;

    @Column(nullable = false, unique = true)
    String holder;

    @Column(nullable = false)
    long balance;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected LedgerAccount() {}

    LedgerAccount(Account account, Instant createdAt) {
        this.kind = account.kind();
        this.holder = account.holder();
        this.createdAt = createdAt;
    }
}
