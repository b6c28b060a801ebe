package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.stations.StationService.StationDetails;

/** Stations: a manager edits their own station's details; a city administrator also adds stations. */
@Route(value = "manage/stations", layout = ConsoleLayout.class)
@PageTitle("站点 Stations")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class StationsView extends Div {

    private final StationService stations;
    private final Actor actor;
    private final Grid<Station> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField community = new TextField();
    private final TextField address = new TextField();
    private final TextField hours = new TextField();
    private final TextField phone = new TextField();
    private Station selected;

    @Inject
    public StationsView(CurrentActor currentActor, StationService stations) {
        this.stations = stations;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.stations")), feedback, configureGrid(), form());
        refresh();
    }

    private Grid<Station> configureGrid() {
        grid.addColumn(Station::code).setHeader(getTranslation("station.code")).setAutoWidth(true);
        grid.addColumn(Station::name).setHeader(getTranslation("station.name")).setAutoWidth(true);
        grid.addColumn(Station::community).setHeader(getTranslation("station.community"));
        grid.addColumn(s -> s.retired() ? getTranslation("station.retired") : "")
                .setHeader("");
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FormLayout form() {
        code.setLabel(getTranslation("station.code"));
        name.setLabel(getTranslation("station.name"));
        community.setLabel(getTranslation("station.community"));
        address.setLabel(getTranslation("station.address"));
        hours.setLabel(getTranslation("station.hours"));
        phone.setLabel(getTranslation("station.phone"));
        var save = new Button(getTranslation("console.save"), click -> save());
        save.setId("station-save");
        var create = new Button(getTranslation("station.create"), click -> create());
        create.setId("station-create");
        create.setVisible(actor.isCityAdmin());
        return new FormLayout(code, name, community, address, hours, phone, new Div(save, create));
    }

    private void show(Station station) {
        selected = station;
        if (station == null) {
            return;
        }
        code.setValue(station.code());
        name.setValue(station.name());
        community.setValue(station.community());
        address.setValue(station.address());
        hours.setValue(station.openingHours());
        phone.setValue(station.phone() == null ? "" : station.phone());
    }

    private StationDetails details() {
        return new StationDetails(
                name.getValue(), community.getValue(), address.getValue(), hours.getValue(), phone.getValue());
    }

    private void save() {
        if (selected == null) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        if (feedback.attempt(
                () -> stations.describeStation(actor, selected.id(), details()), getTranslation("console.saved"))) {
            refresh();
        }
    }

    private void create() {
        if (feedback.attempt(
                () -> stations.createStation(actor, code.getValue(), details()), getTranslation("console.saved"))) {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(stations.stations(actor));
    }
}
