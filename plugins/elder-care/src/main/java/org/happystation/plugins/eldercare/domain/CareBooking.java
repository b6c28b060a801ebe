package org.happystation.plugins.eldercare.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plugin's record of one booking: the service and slot, the elder and who booked, the address and notes
 * the visitor needs (as they were when booked), the host's booking, and what the care workers added: a
 * note, whom it is assigned to, the volunteer who delivered it and what their record says. {@code status}
 * mirrors the host's booking and is brought up to date whenever a screen reads it.
 *
 * @param id the record's id, the booking id that screens, QR codes and volunteer records use
 * @param waited whether the booking ever stood on the waitlist (for the report)
 */
public record CareBooking(
        String id,
        long version,
        String confirmKey,
        String serviceKey,
        String slotId,
        String hostBookingId,
        Instant startsAt,
        Instant endsAt,
        LocalDate day,
        long bookedById,
        String bookedByName,
        long elderId,
        String elderName,
        boolean atHome,
        String address,
        String profileNotes,
        CareStatus status,
        boolean waited,
        String staffNote,
        String assignee,
        long volunteerId,
        String volunteerName,
        int volunteerBirthYear,
        String volunteerOutcome,
        int volunteerMinutes,
        long volunteerPoints,
        Instant createdAt) {

    public static final String COLLECTION = "bookings";

    /** The text of the booking's QR code, which a USB scanner types into the staff screen. */
    public static final String QR_PREFIX = "eldercare:";

    public String qrText() {
        return QR_PREFIX + id;
    }

    /** The ISO week of the booking's day, for example {@code 2025-W41}, kept so the report can find it. */
    public static String isoWeek(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    CareBooking withHost(String newSlotId, String newHostBookingId, CareStatus newStatus) {
        return new CareBooking(
                id,
                version,
                confirmKey,
                serviceKey,
                newSlotId,
                newHostBookingId,
                startsAt,
                endsAt,
                day,
                bookedById,
                bookedByName,
                elderId,
                elderName,
                atHome,
                address,
                profileNotes,
                newStatus,
                waited || newStatus == CareStatus.WAITLISTED,
                staffNote,
                assignee,
                volunteerId,
                volunteerName,
                volunteerBirthYear,
                volunteerOutcome,
                volunteerMinutes,
                volunteerPoints,
                createdAt);
    }

    CareBooking withStatus(CareStatus newStatus) {
        return withHost(slotId, hostBookingId, newStatus);
    }

    CareBooking withNote(String note) {
        return new CareBooking(
                id,
                version,
                confirmKey,
                serviceKey,
                slotId,
                hostBookingId,
                startsAt,
                endsAt,
                day,
                bookedById,
                bookedByName,
                elderId,
                elderName,
                atHome,
                address,
                profileNotes,
                status,
                waited,
                note,
                assignee,
                volunteerId,
                volunteerName,
                volunteerBirthYear,
                volunteerOutcome,
                volunteerMinutes,
                volunteerPoints,
                createdAt);
    }

    CareBooking withAssignee(String name, long newVolunteerId, int birthYear) {
        return new CareBooking(
                id,
                version,
                confirmKey,
                serviceKey,
                slotId,
                hostBookingId,
                startsAt,
                endsAt,
                day,
                bookedById,
                bookedByName,
                elderId,
                elderName,
                atHome,
                address,
                profileNotes,
                status,
                waited,
                staffNote,
                name,
                newVolunteerId,
                newVolunteerId == 0 ? "" : name,
                birthYear,
                volunteerOutcome,
                volunteerMinutes,
                volunteerPoints,
                createdAt);
    }

    CareBooking completed(String outcome, int minutes, long points) {
        return new CareBooking(
                id,
                version,
                confirmKey,
                serviceKey,
                slotId,
                hostBookingId,
                startsAt,
                endsAt,
                day,
                bookedById,
                bookedByName,
                elderId,
                elderName,
                atHome,
                address,
                profileNotes,
                CareStatus.COMPLETED,
                waited,
                staffNote,
                assignee,
                volunteerId,
                volunteerName,
                volunteerBirthYear,
                outcome,
                minutes,
                points,
                createdAt);
    }

    public String toJson() {
        var map = new LinkedHashMap<String, Object>();
        map.put("confirmKey", confirmKey);
        map.put("serviceKey", serviceKey);
        map.put("slotId", slotId);
        map.put("hostBookingId", hostBookingId);
        map.put("startsAt", startsAt.toString());
        map.put("endsAt", endsAt.toString());
        map.put("day", day.toString());
        map.put("week", isoWeek(day));
        map.put("bookedById", bookedById);
        map.put("bookedByName", bookedByName);
        map.put("elderId", elderId);
        map.put("elderName", elderName);
        map.put("atHome", atHome);
        map.put("address", address);
        map.put("profileNotes", profileNotes);
        map.put("status", status.name());
        map.put("waited", waited);
        map.put("staffNote", staffNote);
        map.put("assignee", assignee);
        map.put("volunteerId", volunteerId);
        map.put("volunteerName", volunteerName);
        map.put("volunteerBirthYear", volunteerBirthYear);
        map.put("volunteerOutcome", volunteerOutcome);
        map.put("volunteerMinutes", volunteerMinutes);
        map.put("volunteerPoints", volunteerPoints);
        map.put("createdAt", createdAt.toString());
        return Json.write(map);
    }

    public static CareBooking fromJson(String id, long version, String json) {
        Map<String, Object> map = Json.parseObject(json);
        return new CareBooking(
                id,
                version,
                Json.text(map, "confirmKey"),
                Json.text(map, "serviceKey"),
                Json.text(map, "slotId"),
                Json.text(map, "hostBookingId"),
                Instant.parse(Json.text(map, "startsAt")),
                Instant.parse(Json.text(map, "endsAt")),
                LocalDate.parse(Json.text(map, "day")),
                Json.number(map, "bookedById", 0),
                Json.text(map, "bookedByName"),
                Json.number(map, "elderId", 0),
                Json.text(map, "elderName"),
                Json.yes(map, "atHome"),
                Json.text(map, "address"),
                Json.text(map, "profileNotes"),
                CareStatus.stored(Json.text(map, "status")),
                Json.yes(map, "waited"),
                Json.text(map, "staffNote"),
                Json.text(map, "assignee"),
                Json.number(map, "volunteerId", 0),
                Json.text(map, "volunteerName"),
                (int) Json.number(map, "volunteerBirthYear", 0),
                Json.text(map, "volunteerOutcome"),
                (int) Json.number(map, "volunteerMinutes", 0),
                Json.number(map, "volunteerPoints", 0),
                Instant.parse(Json.text(map, "createdAt")));
    }
}
