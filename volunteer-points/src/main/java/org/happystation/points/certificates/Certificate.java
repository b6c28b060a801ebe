package org.happystation.points.certificates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;

/** An issued certificate: its worded text as issued, and the digest of that text. Never changed. */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "total_minutes", nullable = false, updatable = false)
    private long totalMinutes;

    @Column(nullable = false, updatable = false)
    private String digest;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected Certificate() {}

    Certificate(String code, long volunteerId, long totalMinutes, String body, String digest, Instant issuedAt) {
        this.code = code;
        this.volunteerId = volunteerId;
        this.totalMinutes = totalMinutes;
        this.body = body;
        this.digest = digest;
        this.issuedAt = issuedAt;
    }

    public String code() {
        return code;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public long totalMinutes() {
        return totalMinutes;
    }

    public String digest() {
        return digest;
    }

    /** The certificate's lines, title first. */
    public List<String> lines() {
        return List.of(body.split("\n"));
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** Whether the stored text still matches the digest it was issued with. */
    public boolean unaltered() {
        return org.happystation.points.base.Codes.sha256Hex(body).equals(digest);
    }
}
