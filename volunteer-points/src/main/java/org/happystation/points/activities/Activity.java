package org.happystation.points.activities;

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
import java.time.LocalTime;
import org.happystation.points.base.StationRef;

@Entity
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(nullable = false)
    private String place;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String organiser;

    @Column(nullable = false)
    private String leader;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false)
    private String weekdays;

    @Column(name = "daily_start", nullable = false)
    private LocalTime dailyStart;

    @Column(name = "daily_end", nullable = false)
    private LocalTime dailyEnd;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "points_per_hour", nullable = false)
    private int pointsPerHour;

    @Column(name = "rounding_minutes", nullable = false)
    private int roundingMinutes;

    @Column(name = "minimum_minutes", nullable = false)
    private int minimumMinutes;

    @Column(name = "daily_cap_points", nullable = false)
    private int dailyCapPoints;

    private boolean cancelled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Activity() {}

    Activity(StationRef station, ActivityDetails details, Instant createdAt) {
        this.stationId = station.id();
        this.createdAt = createdAt;
        change(details);
    }

    void change(ActivityDetails details) {
        this.title = details.title();
        this.category = details.category();
        this.place = details.place();
        this.content = details.content();
        this.organiser = details.organiser();
        this.leader = details.leader();
        this.capacity = details.capacity();
        var schedule = details.schedule();
        this.firstDay = schedule.firstDay();
        this.lastDay = schedule.lastDay();
        this.weekdays = schedule.weekdayDigits();
        this.dailyStart = schedule.dailyStart();
        this.dailyEnd = schedule.dailyEnd();
        var rule = details.rule();
        this.pointsPerHour = rule.pointsPerHour();
        this.roundingMinutes = rule.roundingMinutes();
        this.minimumMinutes = rule.minimumMinutes();
        this.dailyCapPoints = rule.dailyCapPoints();
    }

    void cancel() {
        cancelled = true;
    }

    public long id() {
        return id;
    }

    public StationRef station() {
        return new StationRef(stationId);
    }

    public String title() {
        return title;
    }

    public Category category() {
        return category;
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

    public int capacity() {
        return capacity;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Schedule schedule() {
        return new Schedule(firstDay, lastDay, Schedule.weekdaysOf(weekdays), dailyStart, dailyEnd);
    }

    public PointsRule rule() {
        return new PointsRule(pointsPerHour, roundingMinutes, minimumMinutes, dailyCapPoints);
    }

    public ActivityDetails details() {
        return new ActivityDetails(title, category, place, content, organiser, leader, schedule(), capacity, rule());
    }
}
