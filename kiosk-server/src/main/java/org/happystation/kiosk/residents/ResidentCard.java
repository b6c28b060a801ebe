package org.happystation.kiosk.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A printed resident card: the keyed hash of its secret ({@link CardCode}) and when it was issued. A resident
 * has at most one card in use; printing a new one revokes the old (a lost card), which stays as a record.
 */
@Entity
@Table(name = "resident_card")
class ResidentCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Column(name = "secret_hash", nullable = false, unique = true, updatable = false)
    private String secretHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ResidentCard() {}

    ResidentCard(ResidentId resident, String secretHash, Instant issuedAt) {
        this.residentId = resident.value();
        this.secretHash = Objects.requireNonNull(secretHash, "A card needs its secret's hash.");
        this.issuedAt = Objects.requireNonNull(issuedAt, "A card needs its issue time.");
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    boolean inUse() {
        return revokedAt == null;
    }

    ResidentId resident() {
        return new ResidentId(residentId);
    }

    Instant issuedAt() {
        return issuedAt;
    }
}
