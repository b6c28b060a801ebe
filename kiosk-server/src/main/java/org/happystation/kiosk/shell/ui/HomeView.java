package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.shell.KioskSession;
import org.happystation.kiosk.shell.ServiceTiles;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.ResidentWallets;
import org.happystation.plugin.api.ServiceTile;
import org.happystation.points.ledger.Ledger;

/**
 * The kiosk home screen: a large tile for each service the station offers, in the manager's order;
 * below, when the station is open and where, and its service points. With no services installed yet it
 * says so plainly instead of showing an empty grid.
 */
@Route(value = "", layout = KioskLayout.class)
@PageTitle("幸福驿站")
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver, ReadAloudText {

    private final StationService stations;
    private final ServiceTiles tiles;

    private final ResidentWallets residentWallets;
    private final Ledger ledger;
    /** Read aloud, the home screen is its services in one breath, not every opening hour and facility. */
    private String readAloudText;

    @Inject
    public HomeView(
            StationService stations,
            ServiceTiles tiles,
            KioskRefresher refresher,
            ResidentWallets residentWallets,
            Ledger ledger) {
        this.stations = stations;
        this.tiles = tiles;
        this.residentWallets = residentWallets;
        this.ledger = ledger;
        addClassName("home");
        addAttachListener(attach -> {
            var registration = refresher.register(this);
            addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    @Override
    public java.util.Optional<String> readAloudText() {
        return java.util.Optional.ofNullable(readAloudText);
    }

    private String spokenSummary(
            String stationName, java.util.Optional<String> residentName, java.util.List<ServiceTile> services) {
        String greeting = residentName
                .map(name -> getTranslation("home.read.resident", name, stationName))
                .orElse(getTranslation("home.read.guest", stationName));
        if (services.isEmpty()) {
            return greeting + " " + getTranslation("home.no-services.title");
        }
        String names = String.join(
                getTranslation("home.read.list"),
                services.stream().map(tile -> tile.title(getLocale())).toList());
        String signIn = residentName.isEmpty() ? " " + getTranslation("home.read.sign-in") : "";
        return greeting + " " + getTranslation("home.read.services", names) + signIn;
    }

    /** Builds the screen from the station's current tiles; also called by {@link KioskRefresher}. */
    void render() {
        removeAll();
        KioskSession.current()
                .ifPresent(session -> stations.station(session.station()).ifPresent(station -> {
                    var off = stations.disabledServices(station.id());
                    var ordered = tiles.ordered(stations.tileOrder(station.id())).stream()
                            .filter(tile -> !off.contains(tile.id()))
                            .toList();
                    var residentName = session.resident().map(KioskSession.SignedInResident::name);
                    var screen = new HomeScreen(station, residentName, ordered, stations.facilities(station.id()));
                    readAloudText = spokenSummary(station.name(), residentName, ordered);
                    // Shown to volunteers, and to residents who were given points.
                    session.resident().ifPresent(resident -> {
                        var wallet = residentWallets.find(resident.id());
                        long points = ledger.balance(wallet.account()).amount();
                        if (wallet.volunteer().isPresent() || points > 0) {
                            screen.showVolunteerPoints(points);
                        }
                    });
                    add(screen);
                }));
    }
}
