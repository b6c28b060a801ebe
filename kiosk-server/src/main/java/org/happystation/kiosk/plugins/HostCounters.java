package org.happystation.kiosk.plugins;

import java.time.LocalDate;
import org.happystation.plugin.api.Counters;

/** A plugin's daily counters at one station. */
public record HostCounters(String pluginId, long stationId, PluginCounters counters) implements Counters {

    @Override
    public long next(String name) {
        return counters.next(pluginId, stationId, name);
    }

    @Override
    public long next(String name, LocalDate day) {
        return counters.next(pluginId, stationId, name, day);
    }
}
