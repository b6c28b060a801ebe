package org.happystation.kiosk.plugins;

import org.happystation.kiosk.notifications.StaffNotifier;
import org.happystation.kiosk.stations.StationId;
import org.happystation.plugin.api.StaffNotifications;

/** A plugin's messages to one station's staff, marked with the plugin's id as their source. */
public record HostStaffNotifications(String pluginId, long stationId, StaffNotifier notifier)
        implements StaffNotifications {

    @Override
    public void notifyStaff(String message) {
        notifier.notify(new StationId(stationId), pluginId, message);
    }
}
