package org.happystation.kiosk.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something the staff of a station should see to, and who saw to it. */
@Entity
@Table(name = "staff_notification")
public class StaffNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by")
    private String handledBy;

    protected StaffNotification() {}

    StaffNotification(long stationId, String source, String message, Instant createdAt) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A notification needs a message.");
        }
        this.stationId = stationId;
        this.source = source;
        this.message = message.length() > 500 ? message.substring(0, 499) + "…" : message.trim();
        this.createdAt = createdAt;
    }

    void handle(String by, Instant at) {
        if (handledAt == null) {
            handledAt = at;
            handledBy = by;
        }
    }

    public long id() {
        return id;
    }

    public long stationId() {
        return stationId;
    }

    public String source() {
        return source;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant handledAt() {
        return handledAt;
    }

    public String handledBy() {
        return handledBy;
    }
}
