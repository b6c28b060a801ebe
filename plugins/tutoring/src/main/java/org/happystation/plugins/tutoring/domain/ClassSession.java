package org.happystation.plugins.tutoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One meeting of a class on one date, at the station's local times.
 *
 * @param classId the class that meets
 * @param date the day it meets
 */
public record ClassSession(String classId, LocalDate date, LocalTime start, LocalTime end) {

    /** The session's key in records and in the tutor's hours: {@code <classId>-<yyyy-MM-dd>}. */
    public String key() {
        return classId + "-" + date;
    }

    /** When it begins, in the station's zone. */
    public Instant startsAt(ZoneId zone) {
        return date.atTime(start).atZone(zone).toInstant();
    }

    /** When it ends, in the station's zone. */
    public Instant endsAt(ZoneId zone) {
        return date.atTime(end).atZone(zone).toInstant();
    }
}
