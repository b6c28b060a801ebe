package org.happystation.points.activities;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When an activity runs: a daily window on some weekdays between two dates, in the station's time zone.
 * A one-off event is the same with one day.
 */
public record Schedule(
        LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays, LocalTime dailyStart, LocalTime dailyEnd) {

    /** Stations keep Beijing time; the zone is named once here. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Schedule {
        Objects.requireNonNull(firstDay, "A first day is required.");
        Objects.requireNonNull(lastDay, "A last day is required.");
        Objects.requireNonNull(dailyStart, "A start time is required.");
        Objects.requireNonNull(dailyEnd, "An end time is required.");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("The last day cannot be before the first day.");
        }
        if (!dailyEnd.isAfter(dailyStart)) {
            throw new IllegalArgumentException("An activity ends after it starts on the same day.");
        }
        weekdays = weekdays == null || weekdays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(weekdays);
    }

    public static Schedule once(LocalDate day, LocalTime start, LocalTime end) {
        return new Schedule(day, day, Set.of(day.getDayOfWeek()), start, end);
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay) && weekdays.contains(day.getDayOfWeek());
    }

    public Instant startOn(LocalDate day) {
        return ZonedDateTime.of(day, dailyStart, ZONE).toInstant();
    }

    public Instant endOn(LocalDate day) {
        return ZonedDateTime.of(day, dailyEnd, ZONE).toInstant();
    }

    public static LocalDate dayOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /** The session running at this moment, with an allowance before its start for arriving volunteers. */
    public Optional<LocalDate> sessionAt(Instant at, java.time.Duration earlyAllowance) {
        LocalDate day = dayOf(at);
        if (!runsOn(day)) {
            return Optional.empty();
        }
        boolean open = !at.isBefore(startOn(day).minus(earlyAllowance)) && at.isBefore(endOn(day));
        return open ? Optional.of(day) : Optional.empty();
    }

    /** The next session that has not ended, from this moment on. */
    public Optional<LocalDate> nextSession(Instant from) {
        for (LocalDate day = dayOf(from).isBefore(firstDay) ? firstDay : dayOf(from);
                !day.isAfter(lastDay);
                day = day.plusDays(1)) {
            if (runsOn(day) && endOn(day).isAfter(from)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Weekdays as stored: digits 1 (Monday) to 7 (Sunday). */
    public String weekdayDigits() {
        var digits = new StringBuilder();
        weekdays.stream().sorted().forEach(day -> digits.append(day.getValue()));
        return digits.toString();
    }

    public static Set<DayOfWeek> weekdaysOf(String digits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        digits.chars().forEach(c -> days.add(DayOfWeek.of(c - '0')));
        return days;
    }
}
