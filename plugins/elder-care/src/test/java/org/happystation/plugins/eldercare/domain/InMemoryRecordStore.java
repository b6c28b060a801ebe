package org.happystation.plugins.eldercare.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;

/** A record store in a map, with the host's optimistic versions and oldest-first order. */
public final class InMemoryRecordStore implements RecordStore {

    private final Map<String, Map<String, StoredRecord>> collections = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized StoredRecord insert(String collection, String json) {
        var stored = new StoredRecord(String.valueOf(nextId++), 1, json);
        collection(collection).put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<StoredRecord> find(String collection, String id) {
        return Optional.ofNullable(collection(collection).get(id));
    }

    @Override
    public synchronized StoredRecord update(String collection, String id, long expectedVersion, String json) {
        StoredRecord current = collection(collection).get(id);
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentChangeException("Changed or gone: " + id);
        }
        var updated = new StoredRecord(id, expectedVersion + 1, json);
        collection(collection).put(id, updated);
        return updated;
    }

    @Override
    public synchronized void delete(String collection, String id, long expectedVersion) {
        StoredRecord current = collection(collection).get(id);
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentChangeException("Changed or gone: " + id);
        }
        collection(collection).remove(id);
    }

    @Override
    public synchronized List<StoredRecord> findBy(String collection, String field, String value) {
        var found = new ArrayList<StoredRecord>();
        for (StoredRecord stored : collection(collection).values()) {
            Object fieldValue = Json.parseObject(stored.json()).get(field);
            if (fieldValue != null && String.valueOf(fieldValue).equals(value)) {
                found.add(stored);
            }
        }
        return found;
    }

    @Override
    public synchronized List<StoredRecord> list(String collection, int limit) {
        return collection(collection).values().stream().limit(limit).toList();
    }

    synchronized int size(String collection) {
        return collection(collection).size();
    }

    private Map<String, StoredRecord> collection(String name) {
        return collections.computeIfAbsent(name, key -> new LinkedHashMap<>());
    }
}
