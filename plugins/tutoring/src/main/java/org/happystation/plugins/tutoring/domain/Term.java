package org.happystation.plugins.tutoring.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * A school term: classes meet from its first to its last day, except on its holidays.
 *
 * @param id the record's id; empty before it is stored
 * @param name for example 2026年秋季学期
 */
public record Term(
        String id, long version, String name, LocalDate first, LocalDate last, SortedSet<LocalDate> holidays) {

    static final String COLLECTION = "terms";

    public Term {
        if (name == null || name.isBlank()) {
            throw new TutoringException("term.name-missing");
        }
        if (first == null || last == null || last.isBefore(first)) {
            throw new TutoringException("term.dates-invalid");
        }
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /** A new term, not yet stored. */
    public static Term draft(String name, LocalDate first, LocalDate last) {
        return new Term("", 0, name.strip(), first, last, new TreeSet<>());
    }

    /** Whether the date is one of the term's days (holidays included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** The term with the days from {@code from} to {@code to} (both included) as holidays. */
    public Term withHolidays(LocalDate from, LocalDate to) {
        if (from == null || (to != null && to.isBefore(from))) {
            throw new TutoringException("term.holiday-invalid");
        }
        var more = new TreeSet<>(holidays);
        from.datesUntil((to == null ? from : to).plusDays(1)).forEach(more::add);
        return new Term(id, version, name, first, last, more);
    }

    /** The term without the holiday on {@code date}. */
    public Term withoutHoliday(LocalDate date) {
        var fewer = new TreeSet<>(holidays);
        fewer.remove(date);
        return new Term(id, version, name, first, last, fewer);
    }

    /** The term renamed and moved. */
    public Term changed(String newName, LocalDate newFirst, LocalDate newLast) {
        return new Term(id, version, newName == null ? "" : newName.strip(), newFirst, newLast, holidays);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("first", first.toString());
        json.put("last", last.toString());
        json.put("holidays", holidays.stream().map(LocalDate::toString).toList());
        return Json.write(json);
    }

    static Term from(StoredRecord stored) {
        Map<String, Object> json = Json.parseObject(stored.json());
        var holidays = new TreeSet<LocalDate>();
        Json.list(json, "holidays").forEach(day -> holidays.add(LocalDate.parse(day.toString())));
        return new Term(
                stored.id(),
                stored.version(),
                Json.text(json, "name"),
                LocalDate.parse(Json.text(json, "first")),
                LocalDate.parse(Json.text(json, "last")),
                holidays);
    }
}
