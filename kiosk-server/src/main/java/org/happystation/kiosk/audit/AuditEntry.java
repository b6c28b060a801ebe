package org.happystation.kiosk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change. Immutable: there are no setters and no updates. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(name = "station_id")
    private Long stationId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String details;

    protected AuditEntry() {}

    AuditEntry(Instant at, String actor, Long stationId, String action, String subject, String details) {
        this.at = at;
        this.actor = actor;
        this.stationId = stationId;
        this.action = action;
        this.subject = truncate(subject, 200);
        this.details = truncate(details, 1000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Long stationId() {
        return stationId;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String details() {
        return details;
    }
}
