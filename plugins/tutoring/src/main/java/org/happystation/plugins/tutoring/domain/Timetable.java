package org.happystation.plugins.tutoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The sessions of a class: every date of its term on one of its weekdays, except the term's holidays, at the
 * schedule's times in the station's time zone.
 */
public final class Timetable {

    private final ZoneId zone;

    public Timetable(ZoneId zone) {
        this.zone = zone;
    }

    /** All sessions of the class in its term, in date order. */
    public List<ClassSession> sessions(TutoringClass tutoringClass, Term term) {
        WeeklySchedule schedule = tutoringClass.schedule();
        return term.first()
                .datesUntil(term.last().plusDays(1))
                .filter(schedule::meetsOn)
                .filter(date -> !term.holidays().contains(date))
                .map(date -> new ClassSession(tutoringClass.id(), date, schedule.start(), schedule.end()))
                .toList();
    }

    /** The session on a date, if the class meets then. */
    public Optional<ClassSession> sessionOn(TutoringClass tutoringClass, Term term, LocalDate date) {
        return sessions(tutoringClass, term).stream()
                .filter(session -> session.date().equals(date))
                .findFirst();
    }

    /** The next {@code count} sessions that have not ended at {@code now}. */
    public List<ClassSession> upcoming(TutoringClass tutoringClass, Term term, Instant now, int count) {
        return sessions(tutoringClass, term).stream()
                .filter(session -> session.endsAt(zone).isAfter(now))
                .limit(count)
                .toList();
    }

    /**
     * The sessions a tutor may take attendance of on {@code today}: today's first, then the earlier ones, the
     * latest first, so a late entry or a correction is a touch away.
     */
    public List<ClassSession> forAttendance(TutoringClass tutoringClass, Term term, LocalDate today, int count) {
        var past = sessions(tutoringClass, term).stream()
                .filter(session -> !session.date().isAfter(today))
                .toList();
        return past.reversed().stream().limit(count).toList();
    }

    /** The start of the term's first day and the end of its last, for the class's reservation slot. */
    Instant termStart(Term term) {
        return term.first().atStartOfDay(zone).toInstant();
    }

    Instant termEnd(Term term) {
        return term.last().plusDays(1).atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
