package org.happystation.kiosk.plugins;

import java.time.Clock;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.SettingsValues;
import org.happystation.plugin.api.StaffNotifications;
import org.happystation.plugin.api.VolunteerWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every context the host makes has in common: its plugin's texts, logger and host services. */
public interface HostContext extends PluginContext {

    Class<?> extensionClass();

    HostServices services();

    @Override
    default String message(String key, Object... arguments) {
        return PluginMessages.message(extensionClass(), locale(), key, arguments);
    }

    @Override
    default Logger logger() {
        return LoggerFactory.getLogger("plugin." + pluginId());
    }

    @Override
    default Clock clock() {
        return services().clock();
    }

    @Override
    default QrCodes qrCodes() {
        return services().qrCodes();
    }

    @Override
    default SettingsValues settings() {
        return services().settings();
    }

    @Override
    default RecordStore records() {
        return services().records();
    }

    @Override
    default Reservations reservations() {
        return services().reservations();
    }

    @Override
    default Counters counters() {
        return services().counters();
    }

    @Override
    default StaffNotifications staff() {
        return services().staff();
    }

    @Override
    default PointsWallet wallet() {
        return services().wallet();
    }

    @Override
    default VolunteerWork volunteerWork() {
        return services().volunteerWork();
    }

    @Override
    default String publicLink(String path) {
        return services().publicLink(pluginId(), station(), path);
    }
}
