package org.happystation.points.records;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The national rules ask for service to be recorded within 10 working days. Working days here are Monday
 * to Friday; public holidays and their swapped weekend days are not known to the system yet.
 */
public final class WorkingDays {

    public static final int RECORDING_PERIOD = 10;

    private WorkingDays() {}

    public static LocalDate after(LocalDate day, int workingDays) {
        LocalDate result = day;
        int left = workingDays;
        while (left > 0) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return result;
    }

    /** The last day on which service of this day should be finalised. */
    public static LocalDate recordingDeadline(LocalDate serviceDay) {
        return after(serviceDay, RECORDING_PERIOD);
    }
}
