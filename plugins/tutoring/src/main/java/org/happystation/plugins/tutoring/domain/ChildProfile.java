package org.happystation.plugins.tutoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * What the tutors need to know of a child, asked once of the parent and editable: the grade, the school
 * (optional: typing Chinese at a kiosk is hard) and the guardian's phone, to call when the child does not
 * come.
 *
 * @param id the record's id; empty before it is stored
 * @param childId the host's id of the child
 * @param grade 1 (一年级) to 9 (九年级)
 * @param guardianId the parent who gave the details
 */
public record ChildProfile(
        String id,
        long version,
        long childId,
        String childName,
        int grade,
        String school,
        String guardianPhone,
        long guardianId) {

    static final String COLLECTION = "children";

    public ChildProfile {
        if (!GradeRange.valid(grade)) {
            throw new TutoringException("child.grade-missing");
        }
        school = school == null ? "" : school.strip();
        if (school.length() > 60) {
            throw new TutoringException("child.school-too-long");
        }
        guardianPhone = normalisePhone(guardianPhone);
        if (!validPhone(guardianPhone)) {
            throw new TutoringException("child.phone-invalid");
        }
    }

    /** Spaces and dashes people type between groups of digits are dropped. */
    static String normalisePhone(String phone) {
        return phone == null ? "" : phone.replaceAll("[\\s-]", "");
    }

    /** A mainland mobile number (11 digits from 1) or a landline with its area code (0 then 9 to 11 digits). */
    public static boolean validPhone(String phone) {
        String digits = normalisePhone(phone);
        return digits.matches("1[3-9]\\d{9}") || digits.matches("0\\d{9,11}");
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("childId", childId);
        json.put("childName", childName);
        json.put("grade", grade);
        json.put("school", school);
        json.put("guardianPhone", guardianPhone);
        json.put("guardianId", guardianId);
        return Json.write(json);
    }

    static ChildProfile from(StoredRecord stored) {
        Map<String, Object> json = Json.parseObject(stored.json());
        return new ChildProfile(
                stored.id(),
                stored.version(),
                Json.number(json, "childId"),
                Json.text(json, "childName"),
                (int) Json.number(json, "grade"),
                Json.text(json, "school"),
                Json.text(json, "guardianPhone"),
                Json.number(json, "guardianId"));
    }
}
