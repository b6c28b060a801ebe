package org.happystation.kiosk.plugins;

import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;

/** One plugin's records at one station: the {@link RecordStore} its context hands out. */
public record HostRecordStore(String pluginId, long stationId, PluginRecords records) implements RecordStore {

    @Override
    public StoredRecord insert(String collection, String json) {
        return records.insert(pluginId, stationId, collection, json);
    }

    @Override
    public Optional<StoredRecord> find(String collection, String id) {
        return records.find(pluginId, stationId, collection, id);
    }

    @Override
    public StoredRecord update(String collection, String id, long expectedVersion, String json) {
        return records.update(pluginId, stationId, collection, id, expectedVersion, json);
    }

    @Override
    public void delete(String collection, String id, long expectedVersion) {
        records.delete(pluginId, stationId, collection, id, expectedVersion);
    }

    @Override
    public List<StoredRecord> findBy(String collection, String field, String value) {
        return records.findBy(pluginId, stationId, collection, field, value);
    }

    @Override
    public List<StoredRecord> list(String collection, int limit) {
        return records.list(pluginId, stationId, collection, limit);
    }
}
