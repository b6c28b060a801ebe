package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.happystation.kiosk.notifications.StaffNotifier;
import org.happystation.kiosk.volunteering.LedgerWallet;
import org.happystation.kiosk.volunteering.ResidentWallets;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.Wallets;

/** Makes the contexts handed to plugins, with the host services every context carries. */
@ApplicationScoped
public class PluginContexts {

    private final QrCodes qrCodes = new HostQrCodes();

    @Inject
    Clock clock;

    @Inject
    PluginRecords records;

    @Inject
    PluginHost host;

    @Inject
    PluginSettingsStore settings;

    @Inject
    PluginReservations reservations;

    @Inject
    PluginCounters counters;

    @Inject
    StaffNotifier notifier;

    @Inject
    ResidentWallets residentWallets;

    @Inject
    Wallets wallets;

    @Inject
    Ledger ledger;

    public HostKioskContext kiosk(
            String pluginId,
            StationInfo station,
            String kioskName,
            Optional<ResidentInfo> resident,
            Locale locale,
            Class<?> extensionClass,
            Runnable goHome) {
        return new HostKioskContext(
                pluginId, station, kioskName, resident, locale, extensionClass, services(pluginId, station), goHome);
    }

    public HostAdminContext admin(
            String pluginId, StationInfo station, String actor, Locale locale, Class<?> extensionClass) {
        return new HostAdminContext(pluginId, station, actor, locale, extensionClass, services(pluginId, station));
    }

    private HostServices services(String pluginId, StationInfo station) {
        return new HostServices(
                clock,
                qrCodes,
                new HostSettingsValues(pluginId, station.id(), () -> host.settingsSchema(pluginId), settings),
                new HostRecordStore(pluginId, station.id(), records),
                new HostReservations(pluginId, station.id(), reservations),
                new HostCounters(pluginId, station.id(), counters),
                new HostStaffNotifications(pluginId, station.id(), notifier),
                new LedgerWallet(pluginId, station.id(), residentWallets, wallets, ledger));
    }
}
