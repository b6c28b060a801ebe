package org.happystation.points.volunteers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A phone on which a volunteer chose to stay signed in. */
@Entity
@Table(name = "volunteer_device")
class RememberedDevice {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "volunteer_id", nullable = false)
    long volunteerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    Instant lastUsedAt;

    protected RememberedDevice() {}

    RememberedDevice(String tokenHash, long volunteerId, Instant now) {
        this.tokenHash = tokenHash;
        this.volunteerId = volunteerId;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    void seen(Instant now) {
        lastUsedAt = now;
    }
}
