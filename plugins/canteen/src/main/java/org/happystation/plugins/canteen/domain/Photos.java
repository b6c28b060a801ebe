package org.happystation.plugins.canteen.domain;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;

/**
 * Small dish photos, kept base64 in the collection {@code photos}. Only JPEG and PNG up to 300 KB are
 * taken, recognised by their first bytes rather than by the file's name.
 */
public final class Photos {

    static final String COLLECTION = "photos";

    /** The largest photo accepted, in bytes. */
    public static final int MAX_BYTES = 300 * 1024;

    /** A stored photo. */
    public record Photo(String contentType, byte[] bytes) {}

    private final RecordStore records;

    public Photos(RecordStore records) {
        this.records = records;
    }

    /** Stores a photo and returns its id. */
    public String save(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CanteenException("photo.too-large", MAX_BYTES / 1024);
        }
        String type = contentTypeOf(bytes).orElseThrow(() -> new CanteenException("photo.not-an-image"));
        var map = new LinkedHashMap<String, Object>();
        map.put("contentType", type);
        map.put("data", Base64.getEncoder().encodeToString(bytes));
        return records.insert(COLLECTION, Json.write(map)).id();
    }

    /** A photo by id. */
    public Optional<Photo> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return records.find(COLLECTION, id).map(stored -> {
            var map = Json.parseObject(stored.json());
            return new Photo(Json.text(map, "contentType"), Base64.getDecoder().decode(Json.text(map, "data")));
        });
    }

    /** JPEG or PNG, by magic bytes. */
    public static Optional<String> contentTypeOf(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length >= png.length) {
            for (int i = 0; i < png.length; i++) {
                if (bytes[i] != png[i]) {
                    return Optional.empty();
                }
            }
            return Optional.of("image/png");
        }
        return Optional.empty();
    }
}
