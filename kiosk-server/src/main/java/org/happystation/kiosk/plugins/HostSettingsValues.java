package org.happystation.kiosk.plugins;

import java.util.List;
import java.util.function.Supplier;
import org.happystation.plugin.api.SettingsSchema.Setting;
import org.happystation.plugin.api.SettingsValues;

/** A plugin's settings at one station: the stored value where it is still valid, else the default. */
public record HostSettingsValues(
        String pluginId, long stationId, Supplier<List<Setting>> schema, PluginSettingsStore store)
        implements SettingsValues {

    @Override
    public String get(String key) {
        var setting = schema.get().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The plugin declares no setting " + key));
        String stored = store.stored(pluginId, stationId).get(key);
        return stored != null && setting.accepts(stored) ? stored : setting.defaultValue();
    }
}
