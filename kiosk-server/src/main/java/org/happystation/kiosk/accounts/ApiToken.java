package org.happystation.kiosk.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A token a console account made for a script; only its hash is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String label;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    private boolean revoked;

    protected ApiToken() {}

    ApiToken(long accountId, String label, String tokenHash, Instant createdAt) {
        this.accountId = accountId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void revoke() {
        revoked = true;
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public boolean revoked() {
        return revoked;
    }
}
