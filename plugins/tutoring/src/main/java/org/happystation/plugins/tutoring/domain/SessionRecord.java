package org.happystation.plugins.tutoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * A session that was held: who came and who did not, the tutor's note, and what became of the tutor's
 * hours. Kept per class and date ({@link ClassSession#key()}).
 *
 * @param present children on the roster who came
 * @param absent children on the roster who did not
 * @param savedBy who saved last: the tutor's name or the staff member's user name
 * @param tutor the class's tutor at the time
 * @param minutes and {@code points}: the volunteer record's outcome when {@link HoursState#recorded()}
 */
public record SessionRecord(
        String id,
        long version,
        String key,
        String classId,
        LocalDate date,
        List<Long> present,
        List<Long> absent,
        String note,
        String savedBy,
        Instant savedAt,
        Tutor tutor,
        HoursState hours,
        int minutes,
        long points) {

    static final String COLLECTION = "sessions";

    public SessionRecord {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
    }

    /** Whether the child was marked present. */
    public boolean wasPresent(long childId) {
        return present.contains(childId);
    }

    /** Whether the child was on the roster of this session. */
    public boolean listed(long childId) {
        return present.contains(childId) || absent.contains(childId);
    }

    SessionRecord withHours(HoursState state, int recordedMinutes, long recordedPoints) {
        return new SessionRecord(
                id,
                version,
                key,
                classId,
                date,
                present,
                absent,
                note,
                savedBy,
                savedAt,
                tutor,
                state,
                recordedMinutes,
                recordedPoints);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("classId", classId);
        json.put("date", date.toString());
        json.put("present", present);
        json.put("absent", absent);
        json.put("note", note);
        json.put("savedBy", savedBy);
        json.put("savedAt", savedAt.toString());
        json.put("tutorId", tutor.residentId());
        json.put("tutorName", tutor.name());
        json.put("tutorBirthYear", tutor.birthYear());
        json.put("hours", hours.name());
        json.put("minutes", minutes);
        json.put("points", points);
        return Json.write(json);
    }

    static SessionRecord from(StoredRecord stored) {
        Map<String, Object> json = Json.parseObject(stored.json());
        return new SessionRecord(
                stored.id(),
                stored.version(),
                Json.text(json, "key"),
                Json.text(json, "classId"),
                LocalDate.parse(Json.text(json, "date")),
                Json.numbers(json, "present"),
                Json.numbers(json, "absent"),
                Json.text(json, "note"),
                Json.text(json, "savedBy"),
                Instant.parse(Json.text(json, "savedAt")),
                new Tutor(Json.number(json, "tutorId"), Json.text(json, "tutorName"), (int)
                        Json.number(json, "tutorBirthYear")),
                HoursState.valueOf(Json.text(json, "hours")),
                (int) Json.number(json, "minutes"),
                Json.number(json, "points"));
    }
}
