package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.notifications.StaffNotifier;
import org.happystation.kiosk.residents.Resident;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.volunteering.LedgerWallet;
import org.happystation.kiosk.volunteering.ResidentWallets;
import org.happystation.kiosk.volunteering.VolunteerRecords;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.Wallets;
import org.happystation.points.records.RecordService;
import org.happystation.points.ui.RequestAddress;

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
    PluginSettingsStore pluginSettings;

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

    @Inject
    RecordService serviceRecords;

    @Inject
    ResidentService residents;

    @Inject
    StationSettings settings;

    public HostKioskContext kiosk(
            String pluginId,
            StationInfo station,
            String kioskName,
            Optional<ResidentInfo> resident,
            Locale locale,
            Class<?> extensionClass,
            Runnable goHome) {
        var relatives = resident.map(signedIn -> residents.relatives(new ResidentId(signedIn.id())).stream()
                        .flatMap(relative -> residents.resident(relative.id()).stream())
                        .map(PluginContexts::info)
                        .toList())
                .orElse(List.of());
        return new HostKioskContext(
                pluginId,
                station,
                kioskName,
                resident,
                relatives,
                Optional.empty(),
                locale,
                extensionClass,
                services(pluginId, station),
                goHome,
                text -> {},
                (heading, onScanned) -> noCamera());
    }

    /** Where no camera was given (a context made outside a kiosk screen): nothing to show. */
    private static com.vaadin.flow.component.Component noCamera() {
        var none = new com.vaadin.flow.component.html.Div();
        none.setVisible(false);
        return none;
    }

    /** A console context; the plugin finds residents with the rights of {@code actor}. */
    public HostAdminContext admin(
            String pluginId, StationInfo station, Actor actor, Locale locale, Class<?> extensionClass) {
        return new HostAdminContext(
                pluginId,
                station,
                actor.username(),
                locale,
                extensionClass,
                services(pluginId, station),
                query -> residents.search(actor, new StationId(station.id()), query).stream()
                        .map(PluginContexts::info)
                        .toList());
    }

    /** The context of a plugin's public page: the station of the link, nobody signed in. */
    public HostContext publicPage(String pluginId, StationInfo station, Locale locale, Class<?> extensionClass) {
        return new HostPublicContext(pluginId, station, locale, extensionClass, services(pluginId, station));
    }

    /** A station as plugins see it. */
    public static StationInfo info(Station station) {
        return new StationInfo(station.id().value(), station.code(), station.name());
    }

    /** A resident as plugins see it. */
    public static ResidentInfo info(Resident resident) {
        return new ResidentInfo(resident.id().value(), resident.name(), resident.birthYear());
    }

    private HostServices services(String pluginId, StationInfo station) {
        return new HostServices(
                clock,
                qrCodes,
                new HostSettingsValues(pluginId, station.id(), () -> host.settingsSchema(pluginId), pluginSettings),
                new HostRecordStore(pluginId, station.id(), records),
                new HostReservations(pluginId, station.id(), reservations),
                new HostCounters(pluginId, station.id(), counters),
                new HostStaffNotifications(pluginId, station.id(), notifier),
                new LedgerWallet(pluginId, station.id(), residentWallets, wallets, ledger),
                new VolunteerRecords(pluginId, station, residentWallets, serviceRecords, clock),
                () -> settings.publicUrl().orElseGet(RequestAddress::current));
    }
}
