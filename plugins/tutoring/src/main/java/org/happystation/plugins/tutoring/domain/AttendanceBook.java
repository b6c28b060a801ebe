package org.happystation.plugins.tutoring.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/** The held sessions of the station's classes, with their attendance. */
public final class AttendanceBook {

    private static final int ALL = 100_000;

    private final RecordStore records;

    public AttendanceBook(RecordStore records) {
        this.records = records;
    }

    /** The record of a session, once it was saved. */
    public Optional<SessionRecord> find(ClassSession session) {
        return records.findBy(SessionRecord.COLLECTION, "key", session.key()).stream()
                .findFirst()
                .map(SessionRecord::from);
    }

    /** The held sessions of a class, by date. */
    public List<SessionRecord> ofClass(String classId) {
        return records.findBy(SessionRecord.COLLECTION, "classId", classId).stream()
                .map(SessionRecord::from)
                .sorted(Comparator.comparing(SessionRecord::date))
                .toList();
    }

    /** Every held session at the station. */
    public List<SessionRecord> all() {
        return records.list(SessionRecord.COLLECTION, ALL).stream()
                .map(SessionRecord::from)
                .toList();
    }

    /** Stores a first record of a session or a change of the stored one. */
    SessionRecord save(SessionRecord record) {
        StoredRecord stored = record.id().isEmpty()
                ? records.insert(SessionRecord.COLLECTION, record.toJson())
                : records.update(SessionRecord.COLLECTION, record.id(), record.version(), record.toJson());
        return SessionRecord.from(stored);
    }

    void delete(SessionRecord record) {
        records.delete(SessionRecord.COLLECTION, record.id(), record.version());
    }

    /** A child's marks in a class, by date: only sessions the child was on the roster of. */
    public List<Mark> marksOf(String classId, long childId) {
        return ofClass(classId).stream()
                .filter(session -> session.listed(childId))
                .map(session -> new Mark(session.date(), session.wasPresent(childId)))
                .toList();
    }

    /** One child's attendance at one held session. */
    public record Mark(java.time.LocalDate date, boolean present) {}
}
