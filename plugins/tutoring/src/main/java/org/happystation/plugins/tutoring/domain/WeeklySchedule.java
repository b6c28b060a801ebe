package org.happystation.plugins.tutoring.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a class meets each week: on some weekdays, from a start to an end time (station time).
 *
 * @param days the weekdays, Monday first
 * @param start when a session begins
 * @param end when a session ends; after {@code start} on the same day
 */
public record WeeklySchedule(SortedSet<DayOfWeek> days, LocalTime start, LocalTime end) {

    public WeeklySchedule {
        if (days == null || days.isEmpty()) {
            throw new TutoringException("class.days-missing");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new TutoringException("class.times-invalid");
        }
        days = Collections.unmodifiableSortedSet(new TreeSet<>(days));
    }

    /** A schedule of the given weekdays. */
    public static WeeklySchedule of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new WeeklySchedule(new TreeSet<>(days), start, end);
    }

    /** Whether the class meets on that date's weekday. */
    public boolean meetsOn(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    /** The length of one session in minutes. */
    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
