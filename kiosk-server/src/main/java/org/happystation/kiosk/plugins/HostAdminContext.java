package org.happystation.kiosk.plugins;

import java.time.Clock;
import java.util.Locale;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.SettingsValues;
import org.happystation.plugin.api.StaffNotifications;
import org.happystation.plugin.api.StationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The context the host gives a plugin's console screen and its health check. */
public record HostAdminContext(
        String pluginId,
        StationInfo station,
        String actor,
        Locale locale,
        Class<?> extensionClass,
        Clock clock,
        QrCodes qrCodes,
        SettingsValues settings,
        RecordStore records,
        Reservations reservations,
        Counters counters,
        StaffNotifications staff,
        PointsWallet wallet)
        implements AdminContext {

    @Override
    public String message(String key, Object... arguments) {
        return PluginMessages.message(extensionClass, locale, key, arguments);
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin." + pluginId);
    }
}
