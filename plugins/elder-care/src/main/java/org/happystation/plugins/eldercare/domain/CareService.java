package org.happystation.plugins.eldercare.domain;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service the station manager offers, such as 日间照料 or 上门探访: how long a slot lasts, how many elders
 * one slot takes, who delivers it, who may use it (minimum age, mobility levels), whether it happens at the
 * elder's home, and its working plan. A retired service keeps its bookings but takes no new ones.
 *
 * @param id the record's id; empty before it is stored
 * @param key stable short name (lower-case letters, digits, dashes) used in screen ids and host resources
 */
public record CareService(
        String id,
        long version,
        String key,
        String nameZh,
        String nameEn,
        int durationMinutes,
        int capacity,
        DeliveredBy deliveredBy,
        int minimumAge,
        Set<Mobility> accepted,
        boolean atHome,
        WorkingPlan plan,
        boolean retired) {

    public static final String COLLECTION = "services";

    public CareService {
        if (!key.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("A service key has lower-case letters, digits and dashes: " + key);
        }
        if (nameZh.isBlank()) {
            throw new ElderCareException("service.name-missing");
        }
        if (durationMinutes < 5 || durationMinutes > 600) {
            throw new ElderCareException("service.duration-range");
        }
        if (capacity < 1 || capacity > 500) {
            throw new ElderCareException("service.capacity-range");
        }
        if (minimumAge < 0 || minimumAge > 120) {
            throw new ElderCareException("service.age-range");
        }
        if (accepted.isEmpty()) {
            throw new ElderCareException("service.mobility-missing");
        }
        accepted = Set.copyOf(accepted);
    }

    /** The service's name in the reader's language (Chinese when it has no English name). */
    public String name(Locale locale) {
        return locale.getLanguage().equals("en") && !nameEn.isBlank() ? nameEn : nameZh;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** The host's resource of this service's slots. */
    public String resource() {
        return "svc-" + key;
    }

    /** The same service with the manager's changes; the id, key and version stay. */
    public CareService edited(CareService changes) {
        return new CareService(
                id,
                version,
                key,
                changes.nameZh,
                changes.nameEn,
                changes.durationMinutes,
                changes.capacity,
                changes.deliveredBy,
                changes.minimumAge,
                changes.accepted,
                changes.atHome,
                changes.plan,
                retired);
    }

    /** A new service's copy under its own key, not yet stored. */
    public CareService withKey(String newKey) {
        return new CareService(
                "",
                0,
                newKey,
                nameZh,
                nameEn,
                durationMinutes,
                capacity,
                deliveredBy,
                minimumAge,
                accepted,
                atHome,
                plan,
                false);
    }

    public CareService withRetired(boolean value) {
        return new CareService(
                id,
                version,
                key,
                nameZh,
                nameEn,
                durationMinutes,
                capacity,
                deliveredBy,
                minimumAge,
                accepted,
                atHome,
                plan,
                value);
    }

    public String toJson() {
        var map = new LinkedHashMap<String, Object>();
        map.put("key", key);
        map.put("nameZh", nameZh);
        map.put("nameEn", nameEn);
        map.put("durationMinutes", durationMinutes);
        map.put("capacity", capacity);
        map.put("deliveredBy", deliveredBy.name());
        map.put("minimumAge", minimumAge);
        map.put("accepted", EnumSet.copyOf(accepted).stream().map(Enum::name).toList());
        map.put("atHome", atHome);
        map.put("plan", plan.toMap());
        map.put("retired", retired);
        return Json.write(map);
    }

    public static CareService fromJson(String id, long version, String json) {
        Map<String, Object> map = Json.parseObject(json);
        List<Mobility> accepted =
                Json.texts(map, "accepted").stream().map(Mobility::of).toList();
        return new CareService(
                id,
                version,
                Json.text(map, "key"),
                Json.text(map, "nameZh"),
                Json.text(map, "nameEn"),
                (int) Json.number(map, "durationMinutes", 60),
                (int) Json.number(map, "capacity", 1),
                DeliveredBy.of(Json.text(map, "deliveredBy")),
                (int) Json.number(map, "minimumAge", 0),
                accepted.isEmpty() ? EnumSet.allOf(Mobility.class) : EnumSet.copyOf(accepted),
                Json.yes(map, "atHome"),
                WorkingPlan.fromMap(Json.object(map, "plan")),
                Json.yes(map, "retired"));
    }
}
