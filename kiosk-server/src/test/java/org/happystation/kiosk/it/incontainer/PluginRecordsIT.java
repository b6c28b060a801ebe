package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.happystation.kiosk.plugins.HostRecordStore;
import org.happystation.kiosk.plugins.PluginRecords;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Plugins' own records on the real database (H2 here, PostgreSQL in CI). */
@ExtendWith(ArquillianExtension.class)
class PluginRecordsIT {

    @Deployment
    static WebArchive station() {
        return StationDeployment.withTests();
    }

    @Inject
    PluginRecords records;

    private final String plugin = "canteen-" + UUID.randomUUID().toString().substring(0, 8);

    private RecordStore store(String pluginId, long station) {
        return new HostRecordStore(pluginId, station, records);
    }

    @Test
    void a_record_is_stored_found_and_updated_with_its_version() {
        var menus = store(plugin, 1);
        var menu = menus.insert("menus", "{\"day\":\"2026-11-23\",\"meal\":\"lunch\",\"price\":12}");

        assertEquals(1, menu.version());
        assertEquals(menu, menus.find("menus", menu.id()).orElseThrow());
        var updated = menus.update("menus", menu.id(), 1, "{\"day\":\"2026-11-23\",\"meal\":\"lunch\",\"price\":10}");
        assertEquals(2, updated.version());
        assertTrue(menus.find("menus", menu.id()).orElseThrow().json().contains("10"));
    }

    @Test
    void an_update_from_a_stale_read_is_refused_and_changes_nothing() {
        var menus = store(plugin, 1);
        var menu = menus.insert("menus", "{\"meal\":\"lunch\"}");
        menus.update("menus", menu.id(), 1, "{\"meal\":\"dinner\"}");

        assertThrows(
                ConcurrentChangeException.class, () -> menus.update("menus", menu.id(), 1, "{\"meal\":\"breakfast\"}"));
        assertThrows(ConcurrentChangeException.class, () -> menus.delete("menus", menu.id(), 1));
        assertTrue(menus.find("menus", menu.id()).orElseThrow().json().contains("dinner"));
    }

    @Test
    void records_are_found_by_a_top_level_field() {
        var menus = store(plugin, 1);
        menus.insert("menus", "{\"day\":\"2026-11-23\",\"soft\":true}");
        menus.insert("menus", "{\"day\":\"2026-11-24\",\"soft\":false}");
        menus.insert("menus", "{\"day\":\"2026-11-23\",\"soft\":false}");

        assertEquals(2, menus.findBy("menus", "day", "2026-11-23").size());
        assertEquals(1, menus.findBy("menus", "soft", "true").size());
        assertEquals(3, menus.list("menus", 10).size());
    }

    @Test
    void each_plugin_and_each_station_sees_only_its_own_records() {
        store(plugin, 1).insert("menus", "{\"day\":\"2026-11-23\"}");

        assertEquals(List.of(), store(plugin, 2).list("menus", 10));
        assertEquals(List.of(), store(plugin + "-other", 1).list("menus", 10));
        assertEquals(1, store(plugin, 1).list("menus", 10).size());
    }

    @Test
    void a_deleted_record_is_gone_and_so_are_its_query_fields() {
        var menus = store(plugin, 1);
        var menu = menus.insert("menus", "{\"day\":\"2026-11-25\"}");

        menus.delete("menus", menu.id(), 1);

        assertTrue(menus.find("menus", menu.id()).isEmpty());
        assertEquals(List.of(), menus.findBy("menus", "day", "2026-11-25"));
    }

    @Test
    void what_is_not_a_json_object_is_refused_with_a_reason() {
        var menus = store(plugin, 1);

        var notJson = assertThrows(IllegalArgumentException.class, () -> menus.insert("menus", "lunch at noon"));
        assertTrue(notJson.getMessage().contains("JSON object"));
        assertThrows(IllegalArgumentException.class, () -> menus.insert("Menus!", "{}"));
        assertEquals(List.of(), menus.list("menus", 10));
    }
}
