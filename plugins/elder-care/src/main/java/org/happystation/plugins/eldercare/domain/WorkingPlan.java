package org.happystation.plugins.eldercare.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When a service works: periods per weekday (several a day), breaks that apply every day, holidays (closed
 * dates) and exceptions (a date with other periods instead of its weekday's). Clock times are local to the
 * station; {@link SlotPlanner} turns them into instants in the station's time zone.
 */
public record WorkingPlan(
        Map<DayOfWeek, List<Period>> weekly,
        List<Period> breaks,
        Set<LocalDate> holidays,
        Map<LocalDate, List<Period>> exceptions) {

    public WorkingPlan {
        var days = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        weekly.forEach((day, periods) -> days.put(day, sorted(periods)));
        weekly = Map.copyOf(days);
        breaks = sorted(breaks);
        holidays = Set.copyOf(holidays);
        var dated = new TreeMap<LocalDate, List<Period>>();
        exceptions.forEach((date, periods) -> dated.put(date, sorted(periods)));
        exceptions = Map.copyOf(dated);
    }

    private static List<Period> sorted(List<Period> periods) {
        var copy = new ArrayList<>(periods);
        copy.sort(null);
        return List.copyOf(copy);
    }

    /** The same periods on every day from Monday to Friday, no breaks, holidays or exceptions. */
    public static WorkingPlan weekdays(List<Period> periods) {
        var weekly = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                weekly.put(day, periods);
            }
        }
        return new WorkingPlan(weekly, List.of(), Set.of(), Map.of());
    }

    /** The periods of a weekday, or none. */
    public List<Period> on(DayOfWeek day) {
        return weekly.getOrDefault(day, List.of());
    }

    /** The periods worked on a date before breaks: none on a holiday, an exception's, or the weekday's. */
    public List<Period> periodsOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        return exceptions.getOrDefault(date, on(date.getDayOfWeek()));
    }

    /** The spans worked on a date: its periods with the breaks cut out. */
    public List<Period> workingSpansOn(LocalDate date) {
        var spans = new ArrayList<Period>();
        for (Period period : periodsOn(date)) {
            spans.addAll(withoutBreaks(period));
        }
        return spans;
    }

    private List<Period> withoutBreaks(Period period) {
        var spans = new ArrayList<Period>();
        LocalTime from = period.start();
        for (Period pause : breaks) {
            if (!pause.end().isAfter(from) || !pause.start().isBefore(period.end())) {
                continue;
            }
            if (pause.start().isAfter(from)) {
                spans.add(new Period(from, pause.start()));
            }
            if (pause.end().isAfter(from)) {
                from = pause.end();
            }
        }
        if (from.isBefore(period.end())) {
            spans.add(new Period(from, period.end()));
        }
        return spans;
    }

    // --- records ------------------------------------------------------------------------------------

    /** The plan as a JSON-ready map. */
    public Map<String, Object> toMap() {
        var days = new LinkedHashMap<String, Object>();
        weekly.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> days.put(entry.getKey().name(), texts(entry.getValue())));
        var dated = new LinkedHashMap<String, Object>();
        new TreeMap<>(exceptions).forEach((date, periods) -> dated.put(date.toString(), texts(periods)));
        var map = new LinkedHashMap<String, Object>();
        map.put("weekly", days);
        map.put("breaks", texts(breaks));
        map.put(
                "holidays",
                new TreeSet<>(holidays).stream().map(LocalDate::toString).toList());
        map.put("exceptions", dated);
        return map;
    }

    private static List<String> texts(List<Period> periods) {
        return periods.stream().map(Period::toString).toList();
    }

    /** Reads a plan written by {@link #toMap()}. */
    public static WorkingPlan fromMap(Map<String, Object> map) {
        var weekly = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        Json.object(map, "weekly").forEach((day, periods) -> weekly.put(DayOfWeek.valueOf(day), periods(periods)));
        var exceptions = new LinkedHashMap<LocalDate, List<Period>>();
        Json.object(map, "exceptions")
                .forEach((date, periods) -> exceptions.put(LocalDate.parse(date), periods(periods)));
        var holidays =
                Json.texts(map, "holidays").stream().map(LocalDate::parse).toList();
        return new WorkingPlan(weekly, periods(map.get("breaks")), Set.copyOf(holidays), exceptions);
    }

    private static List<Period> periods(Object list) {
        return list instanceof List<?> items
                ? items.stream().map(item -> Period.parse(String.valueOf(item))).toList()
                : List.of();
    }

    // --- the manager's text fields --------------------------------------------------------------------

    /** Reads dates such as {@code 2025-10-01, 2025-10-02} (commas, spaces or lines); blank is none. */
    public static Set<LocalDate> parseDates(String text) {
        var dates = new TreeSet<LocalDate>();
        for (String part : text.split("[,，、;；\\s]+")) {
            if (!part.isBlank()) {
                dates.add(date(part));
            }
        }
        return dates;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ElderCareException("plan.date-unreadable", text.strip());
        }
    }

    /** Writes dates as {@link #parseDates} reads them. */
    public static String formatDates(Set<LocalDate> dates) {
        return String.join(
                ", ", new TreeSet<>(dates).stream().map(LocalDate::toString).toList());
    }

    /**
     * Reads exceptions, one date a line: {@code 2025-10-08 09:00-12:00, 14:00-16:00}. A date with no periods
     * is closed that day.
     */
    public static Map<LocalDate, List<Period>> parseExceptions(String text) {
        var exceptions = new TreeMap<LocalDate, List<Period>>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("[\\s:：]+", 2);
            LocalDate date = date(parts[0]);
            exceptions.put(date, parts.length > 1 ? Period.parseList(parts[1]) : List.of());
        }
        return exceptions;
    }

    /** Writes exceptions as {@link #parseExceptions} reads them. */
    public static String formatExceptions(Map<LocalDate, List<Period>> exceptions) {
        var lines = new ArrayList<String>();
        new TreeMap<>(exceptions).forEach((date, periods) -> lines.add((date + " " + Period.format(periods)).strip()));
        return String.join("\n", lines);
    }
}
