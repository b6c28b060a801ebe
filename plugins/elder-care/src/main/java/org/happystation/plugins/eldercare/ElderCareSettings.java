package org.happystation.plugins.eldercare;

import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugin.api.SettingsSchema;
import org.pf4j.Extension;

/** What a station manager sets for elder care beyond the services: the cancellation cut-off. */
@Extension
public class ElderCareSettings implements SettingsSchema {

    static final String CANCEL_CUTOFF_HOURS = "cancel-cutoff-hours";
    static final long DEFAULT_CUTOFF_HOURS = 2;

    @Override
    public List<Setting> settings() {
        return List.of(Setting.number(
                CANCEL_CUTOFF_HOURS,
                Map.of(
                        "zh", "开始前多少小时起不能在自助机上取消预约",
                        "en", "Residents can cancel at the kiosk until this many hours before the start"),
                DEFAULT_CUTOFF_HOURS));
    }

    /** The manager's cut-off, or the default when the setting is missing or out of range (0 to 168 hours). */
    static long cancelCutoffHours(PluginContext context) {
        try {
            long hours = context.settings().number(CANCEL_CUTOFF_HOURS);
            return hours >= 0 && hours <= 168 ? hours : DEFAULT_CUTOFF_HOURS;
        } catch (RuntimeException missing) {
            return DEFAULT_CUTOFF_HOURS;
        }
    }
}
