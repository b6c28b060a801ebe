package org.happystation.points.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A volunteer's presence at one session of an activity, from check-in to check-out. */
@Entity
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "service_day", nullable = false, updatable = false)
    private LocalDate serviceDay;

    @Column(name = "checked_in_at", nullable = false, updatable = false)
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_by", nullable = false, updatable = false)
    private CheckMethod checkInBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    private CheckMethod closedBy;

    /** 1 while open, null once closed: the database allows one open attendance per volunteer. */
    @Column(name = "open_marker")
    private Integer openMarker;

    @Version
    private long version;

    protected Attendance() {}

    Attendance(long activityId, long volunteerId, LocalDate serviceDay, Instant at, CheckMethod how) {
        this.activityId = activityId;
        this.volunteerId = volunteerId;
        this.serviceDay = serviceDay;
        this.checkedInAt = at;
        this.checkInBy = how;
        this.openMarker = 1;
    }

    void checkOut(Instant at, CheckMethod how) {
        if (openMarker == null) {
            throw new IllegalStateException("Attendance " + id + " is closed already.");
        }
        this.checkedOutAt = at.isBefore(checkedInAt) ? checkedInAt : at;
        this.closedBy = how;
        this.openMarker = null;
    }

    public long id() {
        return id;
    }

    public long activityId() {
        return activityId;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public CheckMethod checkInBy() {
        return checkInBy;
    }

    public CheckMethod closedBy() {
        return closedBy;
    }

    public boolean open() {
        return openMarker != null;
    }
}
