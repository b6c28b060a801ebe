package org.happystation.plugins.eldercare.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the care workers keep about an elder: the address for home services, the mobility level that decides
 * which services fit, and notes for the visitor (行动不便、独居、过敏…). An elder without a profile counts as
 * 自理 with no address.
 *
 * @param id the record's id; empty before it is stored
 */
public record CareProfile(
        String id,
        long version,
        long residentId,
        String residentName,
        String address,
        Mobility mobility,
        String notes) {

    public static final String COLLECTION = "profiles";

    /** The profile of an elder nobody has described yet. */
    public static CareProfile none(long residentId, String residentName) {
        return new CareProfile("", 0, residentId, residentName, "", Mobility.INDEPENDENT, "");
    }

    public boolean hasAddress() {
        return !address.isBlank();
    }

    public String toJson() {
        var map = new LinkedHashMap<String, Object>();
        map.put("residentId", residentId);
        map.put("residentName", residentName);
        map.put("address", address);
        map.put("mobility", mobility.name());
        map.put("notes", notes);
        return Json.write(map);
    }

    public static CareProfile fromJson(String id, long version, String json) {
        Map<String, Object> map = Json.parseObject(json);
        return new CareProfile(
                id,
                version,
                Json.number(map, "residentId", 0),
                Json.text(map, "residentName"),
                Json.text(map, "address"),
                Mobility.of(Json.text(map, "mobility")),
                Json.text(map, "notes"));
    }
}
