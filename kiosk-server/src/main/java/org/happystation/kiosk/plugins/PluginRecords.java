package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * The storage behind every plugin's {@link org.happystation.plugin.api.RecordStore}: one table of JSON
 * documents keyed by plugin, station, collection and id, and one of their top-level scalar fields for
 * queries. Plain SQL that runs the same on H2 and PostgreSQL.
 */
@ApplicationScoped
@Transactional
public class PluginRecords {

    public static final int MAX_JSON_BYTES = 64 * 1024;

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    Clock clock;

    public StoredRecord insert(String plugin, long station, String collection, String json) {
        var object = parse(collection, json);
        String id = UUID.randomUUID().toString();
        var now = now();
        em.createNativeQuery("insert into plugin_record (plugin_id, station_id, collection, record_id, version, json,"
                        + " created_at, updated_at) values (?1, ?2, ?3, ?4, 1, ?5, ?6, ?6)")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .setParameter(3, collection)
                .setParameter(4, id)
                .setParameter(5, json)
                .setParameter(6, now)
                .executeUpdate();
        writeFields(plugin, station, collection, id, object);
        return new StoredRecord(id, 1, json);
    }

    public Optional<StoredRecord> find(String plugin, long station, String collection, String id) {
        List<?> rows = em.createNativeQuery("select record_id, version, json from plugin_record where plugin_id = ?1"
                        + " and station_id = ?2 and collection = ?3 and record_id = ?4")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .setParameter(3, collection)
                .setParameter(4, id)
                .getResultList();
        return rows.stream().findFirst().map(PluginRecords::toRecord);
    }

    public StoredRecord update(String plugin, long station, String collection, String id, long expected, String json) {
        var object = parse(collection, json);
        int changed = em.createNativeQuery("update plugin_record set version = version + 1, json = ?1, updated_at = ?2"
                        + " where plugin_id = ?3 and station_id = ?4 and collection = ?5 and record_id = ?6"
                        + " and version = ?7")
                .setParameter(1, json)
                .setParameter(2, now())
                .setParameter(3, plugin)
                .setParameter(4, station)
                .setParameter(5, collection)
                .setParameter(6, id)
                .setParameter(7, expected)
                .executeUpdate();
        if (changed != 1) {
            throw new ConcurrentChangeException(
                    "Record " + collection + "/" + id + " is no longer at version " + expected);
        }
        deleteFields(plugin, station, collection, id);
        writeFields(plugin, station, collection, id, object);
        return new StoredRecord(id, expected + 1, json);
    }

    public void delete(String plugin, long station, String collection, String id, long expected) {
        int deleted = em.createNativeQuery("delete from plugin_record where plugin_id = ?1 and station_id = ?2"
                        + " and collection = ?3 and record_id = ?4 and version = ?5")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .setParameter(3, collection)
                .setParameter(4, id)
                .setParameter(5, expected)
                .executeUpdate();
        if (deleted != 1) {
            throw new ConcurrentChangeException(
                    "Record " + collection + "/" + id + " is no longer at version " + expected);
        }
        deleteFields(plugin, station, collection, id);
    }

    public List<StoredRecord> findBy(String plugin, long station, String collection, String field, String value) {
        List<?> rows = em.createNativeQuery("select r.record_id, r.version, r.json from plugin_record r"
                        + " join plugin_record_field f on f.plugin_id = r.plugin_id and f.station_id = r.station_id"
                        + " and f.collection = r.collection and f.record_id = r.record_id"
                        + " where r.plugin_id = ?1 and r.station_id = ?2 and r.collection = ?3"
                        + " and f.field = ?4 and f.field_value = ?5 order by r.created_at, r.record_id")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .setParameter(3, collection)
                .setParameter(4, field)
                .setParameter(5, value)
                .getResultList();
        return rows.stream().map(PluginRecords::toRecord).toList();
    }

    public List<StoredRecord> list(String plugin, long station, String collection, int limit) {
        List<?> rows = em.createNativeQuery("select record_id, version, json from plugin_record where plugin_id = ?1"
                        + " and station_id = ?2 and collection = ?3 order by created_at, record_id")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .setParameter(3, collection)
                .setMaxResults(Math.max(1, Math.min(limit, 10_000)))
                .getResultList();
        return rows.stream().map(PluginRecords::toRecord).toList();
    }

    /**
     * Deletes everything a plugin stored, at every station: records, reservations and counters. Only on
     * an uninstall whose administrator confirmed it; a plain uninstall keeps it all for a reinstall.
     */
    public void purge(String plugin) {
        for (String sql : new String[] {
            "delete from plugin_record_field where plugin_id = ?1",
            "delete from plugin_record where plugin_id = ?1",
            "delete from reservation where slot_id in (select id from reservation_slot where plugin_id = ?1)",
            "delete from reservation_slot where plugin_id = ?1",
            "delete from daily_counter where plugin_id = ?1"
        }) {
            em.createNativeQuery(sql).setParameter(1, plugin).executeUpdate();
        }
    }

    private void writeFields(String plugin, long station, String collection, String id, JsonObject object) {
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String value = scalar(field.getValue());
            if (value == null || field.getKey().length() > 100) {
                continue;
            }
            em.createNativeQuery("insert into plugin_record_field (plugin_id, station_id, collection, record_id, field,"
                            + " field_value) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, plugin)
                    .setParameter(2, station)
                    .setParameter(3, collection)
                    .setParameter(4, id)
                    .setParameter(5, field.getKey())
                    .setParameter(6, value.length() > 500 ? value.substring(0, 500) : value)
                    .executeUpdate();
        }
    }

    private void deleteFields(String plugin, long station, String collection, String id) {
        em.createNativeQuery("delete from plugin_record_field where plugin_id = ?1 and station_id = ?2"
                        + " and collection = ?3 and record_id = ?4")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .setParameter(3, collection)
                .setParameter(4, id)
                .executeUpdate();
    }

    private static String scalar(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
    }

    private static JsonObject parse(String collection, String json) {
        if (collection == null || !collection.matches("[a-z0-9][a-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException(
                    "A collection's name has lower-case letters, digits, dots and dashes: " + collection);
        }
        if (json == null || json.getBytes(StandardCharsets.UTF_8).length > MAX_JSON_BYTES) {
            throw new IllegalArgumentException("A record is a JSON object of at most " + MAX_JSON_BYTES + " bytes.");
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("A record must be a JSON object: " + e.getMessage());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static StoredRecord toRecord(Object row) {
        Object[] columns = (Object[]) row;
        return new StoredRecord((String) columns[0], ((Number) columns[1]).longValue(), (String) columns[2]);
    }
}
