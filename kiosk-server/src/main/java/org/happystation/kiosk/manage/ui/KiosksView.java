package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.happystation.kiosk.base.ClockProducer;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.Kiosk;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;

/**
 * Kiosks of a station: create one and read its one-time code aloud to whoever stands at the kiosk,
 * give a new code to a kiosk whose browser was wiped, rename, retire.
 */
@Route(value = "manage/kiosks", layout = ConsoleLayout.class)
@PageTitle("设备 Kiosks")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class KiosksView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockProducer.STATION_ZONE);

    private final StationService stations;
    private final Actor actor;
    private final Grid<Kiosk> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final Paragraph code = new Paragraph();
    private final TextField name = new TextField();
    private Station station;

    @Inject
    public KiosksView(CurrentActor currentActor, StationService stations) {
        this.stations = stations;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        code.setId("kiosk-code");
        code.addClassName("one-time-code");
        add(new H2(getTranslation("console.nav.kiosks")), feedback, code);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), this::showStation));
        add(configureGrid(), toolbar());
    }

    private Grid<Kiosk> configureGrid() {
        grid.addColumn(Kiosk::name).setHeader(getTranslation("kiosk.name")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("kiosk.status." + k.status().name()))
                .setHeader(getTranslation("kiosk.status"));
        grid.addColumn(k -> k.lastSeenAt() == null ? "" : WHEN.format(k.lastSeenAt()))
                .setHeader(getTranslation("kiosk.last-seen"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                name.setValue(change.getValue().name());
            }
        });
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div toolbar() {
        name.setLabel(getTranslation("kiosk.name"));
        name.setId("kiosk-name");
        var create = new Button(getTranslation("kiosk.create"), click -> create());
        create.setId("kiosk-create");
        var rename = new Button(
                getTranslation("kiosk.rename"),
                click -> withSelected(k -> stations.renameKiosk(actor, k.id(), name.getValue())));
        var renew = new Button(
                getTranslation("kiosk.renew-code"),
                click -> withSelected(k -> showCode(stations.renewRegistrationCode(actor, k.id()))));
        var retire = new Button(
                getTranslation("kiosk.retire"), click -> withSelected(k -> stations.retireKiosk(actor, k.id())));
        retire.addClassName("danger");
        var bar = new Div(name, create, rename, renew, retire);
        bar.addClassName("console-toolbar");
        return bar;
    }

    private void create() {
        if (station == null) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        feedback.attempt(
                () -> showCode(stations.createKiosk(actor, station.id(), name.getValue())),
                getTranslation("console.saved"));
        refresh();
    }

    private void showCode(StationService.KioskCode kioskCode) {
        code.setText(getTranslation("kiosk.code-shown", kioskCode.kiosk().name(), kioskCode.oneTimeCode()));
    }

    private void withSelected(java.util.function.Consumer<Kiosk> action) {
        var kiosk = grid.asSingleSelect().getValue();
        if (kiosk == null) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        feedback.attempt(() -> action.accept(kiosk), getTranslation("console.saved"));
        refresh();
    }

    private void showStation(Station chosen) {
        station = chosen;
        refresh();
    }

    private void refresh() {
        if (station != null) {
            grid.setItems(stations.kiosks(station.id()));
        }
    }
}
