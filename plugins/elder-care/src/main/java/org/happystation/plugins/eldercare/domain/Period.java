package org.happystation.plugins.eldercare.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A span of one day's clock time, such as 08:30-11:30; it ends after it starts. */
public record Period(LocalTime start, LocalTime end) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(start, "A period needs a start.");
        Objects.requireNonNull(end, "A period needs an end.");
        if (!end.isAfter(start)) {
            throw new ElderCareException("plan.period-backwards", start.toString(), end.toString());
        }
    }

    /**
     * Reads {@code 08:30-11:30} (also with a full-width dash or colon, or {@code ～}).
     *
     * @throws ElderCareException with a sentence that shows the expected form
     */
    public static Period parse(String text) {
        String normal = text.strip()
                .replace('：', ':')
                .replace('－', '-')
                .replace('～', '-')
                .replace('~', '-')
                .replace('—', '-')
                .replace('–', '-');
        String[] parts = normal.split("-");
        if (parts.length != 2) {
            throw new ElderCareException("plan.period-unreadable", text.strip());
        }
        try {
            return new Period(time(parts[0]), time(parts[1]));
        } catch (DateTimeParseException e) {
            throw new ElderCareException("plan.period-unreadable", text.strip());
        }
    }

    private static LocalTime time(String text) {
        String value = text.strip();
        return LocalTime.parse(value.length() == 4 ? "0" + value : value);
    }

    /** Reads a list such as {@code 08:30-11:30, 13:30-17:00} (commas, 、 or semicolons); blank is none. */
    public static List<Period> parseList(String text) {
        var periods = new ArrayList<Period>();
        for (String part : text.split("[,，、;；\\s]+")) {
            if (!part.isBlank()) {
                periods.add(parse(part));
            }
        }
        periods.sort(null);
        return List.copyOf(periods);
    }

    /** Writes a list as {@link #parseList} reads it. */
    public static String format(List<Period> periods) {
        return String.join(", ", periods.stream().map(Period::toString).toList());
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
