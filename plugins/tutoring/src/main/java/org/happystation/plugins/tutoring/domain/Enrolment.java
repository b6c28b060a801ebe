package org.happystation.plugins.tutoring.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * A child's enrolment in a class: the host's booking of the class's slot, with what the plugin needs to show
 * it. Whether the child has a place or waits is the booking's status, read from the host.
 *
 * @param parentId the resident who enrolled the child
 * @param withdrawn the parent withdrew the child (the booking is cancelled)
 */
public record Enrolment(
        String id,
        long version,
        String classId,
        long childId,
        String childName,
        long parentId,
        String bookingId,
        Instant enrolledAt,
        boolean withdrawn) {

    static final String COLLECTION = "enrolments";

    Enrolment withdrawnNow() {
        return new Enrolment(id, version, classId, childId, childName, parentId, bookingId, enrolledAt, true);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("classId", classId);
        json.put("childId", childId);
        json.put("childName", childName);
        json.put("parentId", parentId);
        json.put("bookingId", bookingId);
        json.put("enrolledAt", enrolledAt.toString());
        json.put("withdrawn", withdrawn);
        return Json.write(json);
    }

    static Enrolment from(StoredRecord stored) {
        Map<String, Object> json = Json.parseObject(stored.json());
        return new Enrolment(
                stored.id(),
                stored.version(),
                Json.text(json, "classId"),
                Json.number(json, "childId"),
                Json.text(json, "childName"),
                Json.number(json, "parentId"),
                Json.text(json, "bookingId"),
                Instant.parse(Json.text(json, "enrolledAt")),
                Json.yes(json, "withdrawn"));
    }
}
