package org.happystation.plugins.canteen.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dish on a menu.
 *
 * @param tags among {@link #TAGS}: shown as words, never as colours alone
 * @param photoId a record of the collection {@code photos}, or empty
 */
public record Dish(String name, List<String> tags, String photoId, String note) {

    /** The tags a dish may carry. */
    public static final List<String> TAGS = List.of("soft", "low-salt", "diabetic", "vegetarian");

    public Dish {
        name = name == null ? "" : name.strip();
        tags = tags == null
                ? List.of()
                : tags.stream().filter(TAGS::contains).distinct().toList();
        photoId = photoId == null ? "" : photoId;
        note = note == null ? "" : note.strip();
    }

    Map<String, Object> toMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("tags", tags);
        map.put("photoId", photoId);
        map.put("note", note);
        return map;
    }

    @SuppressWarnings("unchecked")
    static Dish from(Object value) {
        var map = (Map<String, Object>) value;
        List<String> tags = Json.list(map, "tags").stream().map(String::valueOf).toList();
        return new Dish(Json.text(map, "name"), tags, Json.text(map, "photoId"), Json.text(map, "note"));
    }
}
