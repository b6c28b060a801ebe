package org.happystation.plugins.canteen.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * The residents the manager marked as unable to come to the canteen (collection {@code delivery}): only
 * they, and relatives ordering for them, see the delivery option at the kiosk.
 */
public final class DeliveryList {

    static final String COLLECTION = "delivery";

    /** A resident who gets meals delivered. */
    public record Entry(String recordId, long version, long residentId, String name, String address, String note) {}

    private final RecordStore records;

    public DeliveryList(RecordStore records) {
        this.records = records;
    }

    /** Everybody on the list, in the order they were added. */
    public List<Entry> all() {
        return records.list(COLLECTION, 1000).stream().map(DeliveryList::read).toList();
    }

    /** The entry of a resident, if they are on the list. */
    public Optional<Entry> of(long residentId) {
        return records.findBy(COLLECTION, "residentId", String.valueOf(residentId)).stream()
                .findFirst()
                .map(DeliveryList::read);
    }

    /** Adds a resident, or updates their address and note when they are already on the list. */
    public void add(long residentId, String name, String address, String note) {
        if (address == null || address.isBlank()) {
            throw new CanteenException("delivery.address-required");
        }
        var map = new LinkedHashMap<String, Object>();
        map.put("residentId", String.valueOf(residentId));
        map.put("name", name);
        map.put("address", address.strip());
        map.put("note", note == null ? "" : note.strip());
        Optional<Entry> existing = of(residentId);
        if (existing.isPresent()) {
            records.update(COLLECTION, existing.get().recordId(), existing.get().version(), Json.write(map));
        } else {
            records.insert(COLLECTION, Json.write(map));
        }
    }

    /** Takes a resident off the list. */
    public void remove(long residentId) {
        for (StoredRecord stored : records.findBy(COLLECTION, "residentId", String.valueOf(residentId))) {
            records.delete(COLLECTION, stored.id(), stored.version());
        }
    }

    private static Entry read(StoredRecord stored) {
        var map = Json.parseObject(stored.json());
        return new Entry(
                stored.id(),
                stored.version(),
                Long.parseLong(Json.text(map, "residentId")),
                Json.text(map, "name"),
                Json.text(map, "address"),
                Json.text(map, "note"));
    }
}
