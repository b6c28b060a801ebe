package org.happystation.kiosk.plugins;

import java.time.Clock;
import java.util.function.Supplier;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.SettingsValues;
import org.happystation.plugin.api.StaffNotifications;
import org.happystation.plugin.api.StationInfo;
import org.happystation.plugin.api.VolunteerWork;

/** The host services of one plugin at one station, the same for its kiosk and its console contexts. */
public record HostServices(
        Clock clock,
        QrCodes qrCodes,
        SettingsValues settings,
        RecordStore records,
        Reservations reservations,
        Counters counters,
        StaffNotifications staff,
        PointsWallet wallet,
        VolunteerWork volunteerWork,
        Supplier<String> publicAddress) {

    /** {@code <public address>/p/<plugin>/<station code>/<path>}: where {@code PublicPageView} serves it. */
    String publicLink(String pluginId, StationInfo station, String path) {
        if (path == null || !path.matches("[A-Za-z0-9._/-]{1,200}") || path.contains("..")) {
            throw new IllegalArgumentException(
                    "A public page's path has letters, digits, dots, dashes, underscores and slashes: " + path);
        }
        return publicAddress.get() + "/p/" + pluginId + "/" + station.code() + "/" + path;
    }
}
