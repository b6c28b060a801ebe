package org.happystation.kiosk.plugins;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.happystation.plugin.api.SettingsSchema.Setting;
import org.happystation.plugin.api.SettingsValues;

/**
 * A plugin's settings at one station: the stored value where it is still valid, else the default. Schema
 * and stored values are read once, on the first {@link #get}, for the life of one context.
 */
public final class HostSettingsValues implements SettingsValues {

    private final String pluginId;
    private final long stationId;
    private final Supplier<List<Setting>> schemaSource;
    private final PluginSettingsStore store;
    private List<Setting> schema;
    private Map<String, String> stored;

    public HostSettingsValues(
            String pluginId, long stationId, Supplier<List<Setting>> schema, PluginSettingsStore store) {
        this.pluginId = pluginId;
        this.stationId = stationId;
        this.schemaSource = schema;
        this.store = store;
    }

    @Override
    public String get(String key) {
        if (schema == null) {
            schema = schemaSource.get();
            stored = store.stored(pluginId, stationId);
        }
        var setting = schema.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The plugin declares no setting " + key));
        String value = stored.get(key);
        return value != null && setting.accepts(value) ? value : setting.defaultValue();
    }
}
