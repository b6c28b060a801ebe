package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.residents.Pin;
import org.happystation.kiosk.residents.Resident;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.residents.ResidentService.ResidentDetails;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;

/**
 * Residents of a station: register, correct details, set a new PIN, print a resident card, link relatives.
 * Phones show masked.
 */
@Route(value = "manage/residents", layout = ConsoleLayout.class)
@PageTitle("居民 Residents")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class ResidentsView extends Div {

    private final ResidentService residents;
    private final Actor actor;
    private final Grid<Resident> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final ResidentForm form = new ResidentForm();
    private final PasswordField pin = new PasswordField();
    private final ComboBox<Resident> relative = new ComboBox<>();
    private final TextField relation = new TextField();
    private final Paragraph relatives = new Paragraph();
    private Station station;

    @Inject
    public ResidentsView(CurrentActor currentActor, StationService stations, ResidentService residents) {
        this.residents = residents;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.residents")), feedback);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), chosen -> {
            station = chosen;
            refresh();
        }));
        form.addRegisterListener(register -> register(register.details()));
        form.addSaveListener(
                save -> attempt(() -> residents.update(actor, save.resident().id(), save.details())));
        add(configureGrid(), form, pinForm(), cardForm(), relativesForm());
    }

    private Grid<Resident> configureGrid() {
        grid.addColumn(Resident::name)
                .setHeader(getTranslation("resident.name"))
                .setAutoWidth(true);
        grid.addColumn(Resident::maskedPhone).setHeader(getTranslation("resident.phone"));
        grid.addColumn(Resident::birthYear).setHeader(getTranslation("resident.birth-year"));
        grid.addColumn(r -> r.hasPin() ? "✓" : "—").setHeader(getTranslation("resident.has-pin"));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div pinForm() {
        pin.setLabel(getTranslation("resident.new-pin"));
        pin.setMaxLength(6);
        var setPin = new Button(
                getTranslation("resident.set-pin"),
                click -> withSelected(r -> residents.setPin(actor, r.id(), new Pin(pin.getValue()))));
        var form = new Div(new H3(getTranslation("resident.pin.title")), pin, setPin);
        form.addClassName("console-toolbar");
        return form;
    }

    /** The printed card opens on a page of its own, which issues the card only when asked to. */
    private Div cardForm() {
        var print = new Button(getTranslation("resident.card"), click -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected == null) {
                feedback.failed(getTranslation("console.select-first"));
            } else {
                getUI().ifPresent(ui ->
                        ui.navigate(ResidentCardView.class, selected.id().value()));
            }
        });
        print.setId("resident-print-card");
        var form = new Div(
                new H3(getTranslation("resident.card.heading")),
                new Paragraph(getTranslation("resident.card.warning")),
                print);
        form.addClassName("console-toolbar");
        return form;
    }

    private Div relativesForm() {
        relative.setLabel(getTranslation("resident.relative"));
        relative.setItemLabelGenerator(r -> r.name() + " " + r.maskedPhone());
        relation.setLabel(getTranslation("resident.relation"));
        relation.setHelperText(getTranslation("resident.relation.help"));
        var link = new Button(
                getTranslation("resident.link"),
                click -> withSelected(r -> residents.linkRelative(
                        actor, r.id(), relative.getValue().id(), relation.getValue())));
        var form = new Div(new H3(getTranslation("resident.relatives.title")), relatives, relative, relation, link);
        form.addClassName("console-toolbar");
        return form;
    }

    private void show(Resident resident) {
        form.edit(resident);
        if (resident == null) {
            relatives.setText("");
            return;
        }
        relatives.setText(residents.relatives(resident.id()).stream()
                .map(r -> r.relation() + "：" + r.name())
                .collect(Collectors.joining("，")));
    }

    private void register(ResidentDetails details) {
        if (station == null) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        attempt(() -> residents.register(actor, station.id(), details));
    }

    private void attempt(Runnable action) {
        if (feedback.attempt(action, getTranslation("console.saved"))) {
            form.edit(null);
        }
        refresh();
    }

    private void withSelected(java.util.function.Consumer<Resident> action) {
        var resident = grid.asSingleSelect().getValue();
        if (resident == null) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        feedback.attempt(() -> action.accept(resident), getTranslation("console.saved"));
        pin.clear();
        refresh();
    }

    private void refresh() {
        if (station != null) {
            var list = residents.residents(actor, station.id());
            grid.setItems(list);
            relative.setItems(list);
        }
    }
}
