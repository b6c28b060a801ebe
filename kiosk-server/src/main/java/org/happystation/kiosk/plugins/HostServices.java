package org.happystation.kiosk.plugins;

import java.time.Clock;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.SettingsValues;
import org.happystation.plugin.api.StaffNotifications;

/** The host services of one plugin at one station, the same for its kiosk and its console contexts. */
public record HostServices(
        Clock clock,
        QrCodes qrCodes,
        SettingsValues settings,
        RecordStore records,
        Reservations reservations,
        Counters counters,
        StaffNotifications staff,
        PointsWallet wallet) {}
