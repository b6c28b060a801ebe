package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.happystation.kiosk.shell.KioskSession;
import org.happystation.kiosk.shell.ServiceTiles;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationFacility;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.ServiceTile;

/**
 * The kiosk home screen: a large tile for each service the station offers, in the manager's order;
 * below, when the station is open and where, and its service points. With no services installed yet it
 * says so plainly instead of showing an empty grid.
 */
@Route(value = "", layout = KioskLayout.class)
@PageTitle("幸福驿站")
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver {

    private final StationService stations;
    private final ServiceTiles tiles;

    @Inject
    public HomeView(StationService stations, ServiceTiles tiles) {
        this.stations = stations;
        this.tiles = tiles;
        addClassName("home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        KioskSession.current()
                .ifPresent(session -> stations.station(session.station()).ifPresent(station -> {
                    var ordered = tiles.ordered(stations.tileOrder(station.id()));
                    add(
                            welcome(station, session),
                            ordered.isEmpty() ? noServicesYet() : tileGrid(ordered),
                            stationInfo(station),
                            facilities(stations.facilities(station.id())));
                }));
    }

    private Component welcome(Station station, KioskSession session) {
        var title = new H1(session.resident()
                .map(resident -> getTranslation("home.welcome.resident", resident.name()))
                .orElse(getTranslation("home.welcome", station.name())));
        title.addClassName("home-title");
        return title;
    }

    private Component tileGrid(List<ServiceTile> ordered) {
        var grid = new Div();
        grid.addClassName("tile-grid");
        for (ServiceTile tile : ordered) {
            var link = new Anchor("service/" + tile.id(), "");
            link.addClassName("service-tile");
            link.setId("tile-" + tile.id());
            var icon = new Icon(
                    tile.icon().contains(":") ? tile.icon().split(":")[0] : "vaadin",
                    tile.icon().contains(":") ? tile.icon().split(":")[1] : tile.icon());
            icon.addClassName("tile-icon");
            link.add(icon, new Span(tile.title(getLocale())));
            grid.add(link);
        }
        return grid;
    }

    private Component noServicesYet() {
        var box = new Section();
        box.addClassName("no-services");
        box.setId("no-services");
        box.add(
                new H2(getTranslation("home.no-services.title")),
                new Paragraph(getTranslation("home.no-services.text")));
        return box;
    }

    private Component stationInfo(Station station) {
        var info = new Section();
        info.addClassName("station-info");
        info.add(new H2(getTranslation("home.station.title")));
        info.add(infoLine("home.station.hours", station.openingHours()));
        info.add(infoLine("home.station.address", station.address()));
        if (station.phone() != null) {
            info.add(infoLine("home.station.phone", station.phone()));
        }
        return info;
    }

    private Component infoLine(String labelKey, String value) {
        var line = new Paragraph();
        line.addClassName("info-line");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("info-label");
        line.add(label, new Span(value));
        return line;
    }

    private Component facilities(List<StationFacility> facilities) {
        var section = new Section();
        section.addClassName("facilities");
        if (facilities.isEmpty()) {
            return section;
        }
        section.add(new H2(getTranslation("home.facilities.title")));
        var list = new UnorderedList();
        for (var facility : facilities) {
            var name = new Span(facility.name());
            name.addClassName("facility-name");
            var kind =
                    new Span(getTranslation("facility.kind." + facility.kind().name()));
            kind.addClassName("facility-kind");
            var item = new ListItem(name, kind);
            if (!facility.summary().isBlank() && "zh".equals(getLocale().getLanguage())) {
                item.add(new Paragraph(facility.summary()));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
