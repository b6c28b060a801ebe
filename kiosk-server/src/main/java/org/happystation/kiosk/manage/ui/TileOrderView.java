package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.shell.ServiceTiles;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.ServiceTile;

/** The order of the service tiles on a station's kiosk home screen, moved with up and down buttons. */
@Route(value = "manage/tiles", layout = ConsoleLayout.class)
@PageTitle("首页排序 Tile order")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class TileOrderView extends Div {

    private final StationService stations;
    private final ServiceTiles tiles;
    private final Actor actor;
    private final Feedback feedback = new Feedback();
    private final OrderedList list = new OrderedList();
    private final List<ServiceTile> order = new ArrayList<>();
    private Station station;
    private java.util.Set<String> disabled = java.util.Set.of();

    @Inject
    public TileOrderView(CurrentActor currentActor, StationService stations, ServiceTiles tiles) {
        this.stations = stations;
        this.tiles = tiles;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        list.setId("tile-order");
        var save = new Button(getTranslation("console.save"), click -> save());
        add(
                new H2(getTranslation("console.nav.tiles")),
                feedback,
                new StationPicker(getTranslation("console.station"), stations.stations(actor), this::showStation),
                list,
                save);
    }

    private void showStation(Station chosen) {
        station = chosen;
        order.clear();
        order.addAll(tiles.ordered(stations.tileOrder(chosen.id())));
        disabled = stations.disabledServices(chosen.id());
        render();
    }

    private void render() {
        list.removeAll();
        if (order.isEmpty()) {
            list.add(new Paragraph(getTranslation("tiles.none")));
        }
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            var up = new Button("↑", click -> move(index, -1));
            up.setEnabled(index > 0);
            up.setAriaLabel(getTranslation("tiles.up"));
            var down = new Button("↓", click -> move(index, 1));
            down.setEnabled(index < order.size() - 1);
            down.setAriaLabel(getTranslation("tiles.down"));
            var tile = order.get(index);
            boolean on = !disabled.contains(tile.id());
            var toggle = new Button(
                    getTranslation(on ? "tiles.turn-off" : "tiles.turn-on"), click -> toggle(tile.id(), !on));
            var state = new Span(getTranslation(on ? "tiles.on" : "tiles.off"));
            state.addClassName(on ? "service-on" : "service-off");
            list.add(new ListItem(new Span(tile.title(getLocale())), state, up, down, toggle));
        }
    }

    private void toggle(String tileId, boolean enabled) {
        if (feedback.attempt(
                () -> stations.enableService(actor, station.id(), tileId, enabled), getTranslation("console.saved"))) {
            disabled = stations.disabledServices(station.id());
            render();
        }
    }

    private void move(int index, int delta) {
        Collections.swap(order, index, index + delta);
        render();
    }

    private void save() {
        if (station != null) {
            feedback.attempt(
                    () -> stations.orderTiles(
                            actor,
                            station.id(),
                            order.stream().map(ServiceTile::id).toList()),
                    getTranslation("console.saved"));
        }
    }
}
