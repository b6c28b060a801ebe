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

/** A written transaction. Never updated or deleted: a correction is a new transaction that reverses it. */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, unique = true, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TransactionKind kind;

    @Column(nullable = false, updatable = false)
    private String memo;

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LedgerTransaction() {}

    LedgerTransaction(Posting posting, Long reversesId, Instant createdAt) {
        this.idempotencyKey = posting.idempotencyKey();
        this.kind = posting.kind();
        this.memo = posting.memo();
        this.reversesId = reversesId;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public TransactionKind kind() {
        return kind;
    }

    public String memo() {
        return memo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isReversal() {
        return reversesId != null;
    }
}
