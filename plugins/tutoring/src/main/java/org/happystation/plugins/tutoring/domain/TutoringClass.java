package org.happystation.plugins.tutoring.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * A tutoring class the manager defines. Free of charge. Its places are one reservation slot (resource
 * {@code class.<id>}, opened at the first enrolment), so the host keeps it from being over-full and runs its
 * waitlist.
 *
 * @param id the record's id; empty before it is stored
 * @param tutor the volunteer who teaches it; {@link Tutor#NONE} while not yet known (待定)
 * @param termId the {@link Term} it runs in
 * @param capacity places; fixed once the slot is open, because the host's slots keep their capacity
 * @param sample one of the example classes offered at a new station, removable in one click
 * @param closed closed by the manager: no more enrolment, no more sessions
 * @param slotId the reservation slot, once opened; empty before
 * @param slotStart the start of that slot, to find it again
 */
public record TutoringClass(
        String id,
        long version,
        String name,
        String subject,
        GradeRange grades,
        Tutor tutor,
        WeeklySchedule schedule,
        String room,
        int capacity,
        String termId,
        boolean sample,
        boolean closed,
        String slotId,
        Instant slotStart) {

    static final String COLLECTION = "classes";

    public TutoringClass {
        if (name == null || name.isBlank()) {
            throw new TutoringException("class.name-missing");
        }
        if (subject == null || subject.isBlank()) {
            throw new TutoringException("class.subject-missing");
        }
        if (capacity < 1 || capacity > 200) {
            throw new TutoringException("class.capacity-invalid");
        }
        if (termId == null || termId.isBlank()) {
            throw new TutoringException("class.term-missing");
        }
        name = name.strip();
        subject = subject.strip();
        room = room == null ? "" : room.strip();
        tutor = tutor == null ? Tutor.NONE : tutor;
        slotId = slotId == null ? "" : slotId;
    }

    /** The reservation resource of the class's places. */
    public String resource() {
        return "class." + id;
    }

    /** Whether the places' slot is open (someone enrolled once). */
    public boolean slotOpened() {
        return !slotId.isEmpty();
    }

    /** Whether the class has a tutor. */
    public boolean hasTutor() {
        return tutor.residentId() != 0;
    }

    /**
     * The class as the manager edited it; the slot, the sample flag and the state stay. Once the places' slot
     * is open, change its places with {@link Enrolments#changeCapacity} first: the host holds them.
     */
    public TutoringClass edited(TutoringClass edit) {
        return new TutoringClass(
                id,
                version,
                edit.name(),
                edit.subject(),
                edit.grades(),
                edit.tutor(),
                edit.schedule(),
                edit.room(),
                edit.capacity(),
                edit.termId(),
                sample,
                closed,
                slotId,
                slotStart);
    }

    TutoringClass withSlot(String newSlotId, Instant start) {
        return new TutoringClass(
                id, version, name, subject, grades, tutor, schedule, room, capacity, termId, sample, closed, newSlotId,
                start);
    }

    TutoringClass withClosed(boolean isClosed) {
        return new TutoringClass(
                id, version, name, subject, grades, tutor, schedule, room, capacity, termId, sample, isClosed, slotId,
                slotStart);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("subject", subject);
        json.put("gradeFrom", grades.from());
        json.put("gradeTo", grades.to());
        json.put("tutorId", tutor.residentId());
        json.put("tutorName", tutor.name());
        json.put("tutorBirthYear", tutor.birthYear());
        json.put("days", schedule.days().stream().map(DayOfWeek::getValue).toList());
        json.put("start", schedule.start().toString());
        json.put("end", schedule.end().toString());
        json.put("room", room);
        json.put("capacity", capacity);
        json.put("termId", termId);
        json.put("sample", sample);
        json.put("closed", closed);
        json.put("slotId", slotId);
        json.put("slotStart", slotStart == null ? "" : slotStart.toString());
        return Json.write(json);
    }

    static TutoringClass from(StoredRecord stored) {
        Map<String, Object> json = Json.parseObject(stored.json());
        var days = new TreeSet<DayOfWeek>();
        Json.numbers(json, "days").forEach(day -> days.add(DayOfWeek.of(day.intValue())));
        String slotStart = Json.text(json, "slotStart");
        return new TutoringClass(
                stored.id(),
                stored.version(),
                Json.text(json, "name"),
                Json.text(json, "subject"),
                new GradeRange((int) Json.number(json, "gradeFrom"), (int) Json.number(json, "gradeTo")),
                new Tutor(Json.number(json, "tutorId"), Json.text(json, "tutorName"), (int)
                        Json.number(json, "tutorBirthYear")),
                new WeeklySchedule(
                        days, LocalTime.parse(Json.text(json, "start")), LocalTime.parse(Json.text(json, "end"))),
                Json.text(json, "room"),
                (int) Json.number(json, "capacity"),
                Json.text(json, "termId"),
                Json.yes(json, "sample"),
                Json.yes(json, "closed"),
                Json.text(json, "slotId"),
                slotStart.isEmpty() ? null : Instant.parse(slotStart));
    }
}
