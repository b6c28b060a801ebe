package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.happystation.kiosk.audit.AuditLog;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;
import org.happystation.plugin.api.SettingsSchema.Setting;

/** The values of plugin settings per station, checked against the plugin's schema before they are kept. */
@ApplicationScoped
@Transactional
public class PluginSettingsStore {

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    AuditLog audit;

    public Map<String, String> stored(String plugin, long station) {
        var values = new HashMap<String, String>();
        List<?> rows = em.createNativeQuery("select setting_key, setting_value from plugin_setting"
                        + " where plugin_id = ?1 and station_id = ?2")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            values.put((String) columns[0], (String) columns[1]);
        }
        return values;
    }

    /** Keeps all values at once, or none: every value must be valid for its declared setting. */
    public void save(Actor actor, String plugin, StationId station, List<Setting> schema, Map<String, String> values) {
        actor.requireCanManage(station);
        for (var entry : values.entrySet()) {
            var setting = schema.stream()
                    .filter(s -> s.key().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalArgumentException("The plugin declares no setting " + entry.getKey()));
            if (!setting.accepts(entry.getValue())) {
                throw new IllegalArgumentException(setting.label(java.util.Locale.CHINESE) + ": " + entry.getValue());
            }
        }
        for (var entry : values.entrySet()) {
            em.createNativeQuery(
                            "delete from plugin_setting where plugin_id = ?1 and station_id = ?2 and setting_key = ?3")
                    .setParameter(1, plugin)
                    .setParameter(2, station.value())
                    .setParameter(3, entry.getKey())
                    .executeUpdate();
            em.createNativeQuery("insert into plugin_setting (plugin_id, station_id, setting_key, setting_value)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, plugin)
                    .setParameter(2, station.value())
                    .setParameter(3, entry.getKey())
                    .setParameter(4, entry.getValue())
                    .executeUpdate();
        }
        audit.record(actor, station, "plugin.settings-saved", plugin, String.valueOf(new java.util.TreeMap<>(values)));
    }
}
