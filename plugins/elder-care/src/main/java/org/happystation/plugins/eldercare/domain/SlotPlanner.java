package org.happystation.plugins.eldercare.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a working plan into slots of a service's duration: each span of a day (its periods with the breaks
 * cut out) gives slots back to back from its start, and a remainder shorter than the duration at the end
 * of a span gives none. Clock times are read in the given zone, normally the station's (Asia/Shanghai).
 */
public final class SlotPlanner {

    private SlotPlanner() {}

    /** The slots of {@code date}, earliest first; none on a holiday or a day without periods. */
    public static List<CandidateSlot> slotsOn(WorkingPlan plan, LocalDate date, Duration duration, ZoneId zone) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("A slot lasts at least a minute.");
        }
        var slots = new ArrayList<CandidateSlot>();
        for (Period span : plan.workingSpansOn(date)) {
            LocalTime start = span.start();
            while (fits(start, duration, span.end())) {
                LocalTime end = start.plus(duration);
                slots.add(new CandidateSlot(
                        date,
                        start,
                        end,
                        date.atTime(start).atZone(zone).toInstant(),
                        date.atTime(end).atZone(zone).toInstant()));
                start = end;
            }
        }
        return slots;
    }

    private static boolean fits(LocalTime start, Duration duration, LocalTime spanEnd) {
        long minutesLeft = Duration.between(start, spanEnd).toMinutes();
        return minutesLeft >= duration.toMinutes();
    }
}
