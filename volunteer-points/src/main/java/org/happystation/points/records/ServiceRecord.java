package org.happystation.points.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.Category;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;

/**
 * One entry of a volunteer's hours record. The activity's fields are copied in when it is made, so that
 * later edits of the activity never change what was recorded.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "attendance_id", unique = true, updatable = false)
    private Long attendanceId;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "station_id", nullable = false, updatable = false)
    private long stationId;

    @Column(name = "activity_name", nullable = false, updatable = false)
    private String activityName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Category category;

    @Column(name = "service_day", nullable = false, updatable = false)
    private LocalDate serviceDay;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(nullable = false, updatable = false)
    private String organiser;

    @Column(nullable = false, updatable = false)
    private String leader;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private long points;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordStatus status;

    @Column(name = "review_reason")
    private String reviewReason;

    @Column(name = "correction_request")
    private String correctionRequest;

    /** The station service's key of delivered service; null for records of kiosk check-ins. */
    @Column(name = "source_key", unique = true, updatable = false)
    private String sourceKey;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected ServiceRecord() {}

    ServiceRecord(
            long volunteerId,
            Long attendanceId,
            Long correctsId,
            Activity activity,
            LocalDate serviceDay,
            int minutes,
            long points,
            String reviewReason,
            Instant recordedAt) {
        this.volunteerId = volunteerId;
        this.attendanceId = attendanceId;
        this.correctsId = correctsId;
        this.stationId = activity.station().id();
        this.activityName = activity.title();
        this.category = activity.category();
        this.place = activity.place();
        this.content = activity.content();
        this.organiser = activity.organiser();
        this.leader = activity.leader();
        this.serviceDay = serviceDay;
        this.minutes = minutes;
        this.points = points;
        this.status = RecordStatus.PENDING;
        this.reviewReason = reviewReason;
        this.recordedAt = recordedAt;
    }

    /** Service given through a station service; the station's server is its organiser and leader. */
    ServiceRecord(
            DeliveredService delivered,
            java.time.LocalDate serviceDay,
            int minutes,
            long points,
            String reviewReason,
            Instant recordedAt) {
        this.volunteerId = delivered.volunteerId();
        this.sourceKey = delivered.sourceKey();
        this.stationId = delivered.station().id();
        this.activityName = delivered.activityName();
        this.category = delivered.category();
        this.place = delivered.place();
        this.content = delivered.content();
        this.organiser = delivered.organiser();
        this.leader = delivered.organiser();
        this.serviceDay = serviceDay;
        this.minutes = minutes;
        this.points = points;
        this.status = RecordStatus.PENDING;
        this.reviewReason = reviewReason;
        this.recordedAt = recordedAt;
    }

    /** A correction copies the corrected record's fields and records the difference in minutes. */
    ServiceRecord(ServiceRecord corrected, int minutesDifference, long pointsDifference, String why, Instant at) {
        this.volunteerId = corrected.volunteerId;
        this.correctsId = corrected.id;
        this.stationId = corrected.stationId;
        this.activityName = corrected.activityName;
        this.category = corrected.category;
        this.place = corrected.place;
        this.content = corrected.content;
        this.organiser = corrected.organiser;
        this.leader = corrected.leader;
        this.serviceDay = corrected.serviceDay;
        this.minutes = minutesDifference;
        this.points = pointsDifference;
        this.status = RecordStatus.PENDING;
        this.reviewReason = why;
        this.recordedAt = at;
    }

    void approve(int finalMinutes, long finalPoints, String by, Instant at) {
        requirePending();
        this.minutes = finalMinutes;
        this.points = finalPoints;
        this.status = RecordStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void decline(String reason, String by, Instant at) {
        requirePending();
        this.status = RecordStatus.DECLINED;
        this.reviewReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void askForCorrection(String request) {
        if (request == null || request.isBlank()) {
            throw new IllegalArgumentException("Say what should be corrected.");
        }
        this.correctionRequest =
                request.strip().length() > 500 ? request.strip().substring(0, 500) : request.strip();
    }

    void correctionAnswered() {
        this.correctionRequest = null;
    }

    private void requirePending() {
        if (status != RecordStatus.PENDING) {
            throw new PointsRefused(Reason.RECORD_LOCKED, "Record " + id + " is " + status + " and locked.");
        }
    }

    public long id() {
        return id;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public StationRef station() {
        return new StationRef(stationId);
    }

    public boolean isCorrection() {
        return correctsId != null;
    }

    public Long correctsId() {
        return correctsId;
    }

    public String activityName() {
        return activityName;
    }

    public Category category() {
        return category;
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public String place() {
        return place;
    }

    public String content() {
        return content;
    }

    public String organiser() {
        return organiser;
    }

    public String leader() {
        return leader;
    }

    public int minutes() {
        return minutes;
    }

    public long points() {
        return points;
    }

    public RecordStatus status() {
        return status;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public String correctionRequest() {
        return correctionRequest;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** Still pending after the 10 working days the national rules allow. */
    public boolean overdue(LocalDate today) {
        return status == RecordStatus.PENDING && today.isAfter(WorkingDays.recordingDeadline(serviceDay));
    }

    /** The ledger key of this record's credit: a record credits once. */
    public String creditKey() {
        return creditKey(id);
    }

    static String creditKey(long recordId) {
        return "record-" + recordId;
    }
}
