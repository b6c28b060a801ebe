package org.happystation.plugins.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugins.policy.model.Json;

/** A record store in a map, with the host's version checks, for tests of the plugin's storage code. */
public final class InMemoryRecordStore implements RecordStore {

    private final Map<String, Map<String, StoredRecord>> collections = new LinkedHashMap<>();
    private long nextId = 1;

    private Map<String, StoredRecord> collection(String name) {
        return collections.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    @Override
    public StoredRecord insert(String collection, String json) {
        var record = new StoredRecord(String.valueOf(nextId++), 1, json);
        collection(collection).put(record.id(), record);
        return record;
    }

    @Override
    public Optional<StoredRecord> find(String collection, String id) {
        return Optional.ofNullable(collection(collection).get(id));
    }

    @Override
    public StoredRecord update(String collection, String id, long expectedVersion, String json) {
        var current = collection(collection).get(id);
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentChangeException("changed: " + id);
        }
        var record = new StoredRecord(id, expectedVersion + 1, json);
        collection(collection).put(id, record);
        return record;
    }

    @Override
    public void delete(String collection, String id, long expectedVersion) {
        var current = collection(collection).get(id);
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentChangeException("changed: " + id);
        }
        collection(collection).remove(id);
    }

    @Override
    public List<StoredRecord> findBy(String collection, String field, String value) {
        return collection(collection).values().stream()
                .filter(r -> Objects.equals(String.valueOf(((Map<?, ?>) Json.parse(r.json())).get(field)), value))
                .toList();
    }

    @Override
    public List<StoredRecord> list(String collection, int limit) {
        return new ArrayList<>(collection(collection).values())
                .stream().limit(limit).toList();
    }
}
