package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.Operators;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.checkin.CheckinOutcome;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.records.RecordService;
import org.happystation.points.volunteers.IdNumber;
import org.happystation.points.volunteers.StarLevel;
import org.happystation.points.volunteers.Volunteer;
import org.happystation.points.volunteers.VolunteerProfile;
import org.happystation.points.volunteers.VolunteerService;

/**
 * A station's volunteers: register at the counter, approve phone registrations, suspend, print a card,
 * and check a volunteer in or out by card or by hand for one of the activities open now.
 */
@Route(value = "manage/volunteers", layout = ConsoleLayout.class)
@PageTitle("志愿者 Volunteers")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class VolunteersView extends Div {

    private final VolunteerService volunteers;
    private final RecordService records;
    private final Ledger ledger;
    private final ActivityService activities;
    private final CheckinService checkins;
    private final Clock clock;
    private final Operator operator;
    private final Grid<Volunteer> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final ComboBox<Activity> activity = new ComboBox<>();
    private StationRef station;

    @Inject
    public VolunteersView(
            CurrentActor currentActor,
            StationService stations,
            VolunteerService volunteers,
            RecordService records,
            Ledger ledger,
            ActivityService activities,
            CheckinService checkins,
            Clock clock) {
        this.volunteers = volunteers;
        this.records = records;
        this.ledger = ledger;
        this.activities = activities;
        this.checkins = checkins;
        this.clock = clock;
        var actor = SignedIn.actor(currentActor);
        this.operator = Operators.of(actor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.volunteers")), feedback);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), this::choose));
        add(configureGrid(), actions(), checkInForm(), registrationForm());
    }

    private void choose(Station chosen) {
        station = new StationRef(chosen.id().value());
        refresh();
    }

    private Grid<Volunteer> configureGrid() {
        grid.setId("volunteer-grid");
        grid.addColumn(Volunteer::name)
                .setHeader(getTranslation("volunteer.name"))
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation("volunteer.sex." + v.sex().name()))
                .setHeader(getTranslation("volunteer.sex"));
        grid.addColumn(Volunteer::birthDate).setHeader(getTranslation("volunteer.birth-date"));
        grid.addColumn(Volunteer::idNumberMasked)
                .setHeader(getTranslation("volunteer.id-number"))
                .setAutoWidth(true);
        grid.addColumn(Volunteer::phoneMasked).setHeader(getTranslation("volunteer.phone"));
        grid.addColumn(v -> v.team() == null ? "" : v.team()).setHeader(getTranslation("volunteer.team"));
        grid.addColumn(v -> getTranslation("volunteer.status." + v.status().name()))
                .setHeader(getTranslation("volunteer.status"));
        grid.addColumn(v -> {
                    long minutes = records.recordedMinutes(v.id().value());
                    return minutes / 60 + " h · "
                            + "★".repeat(StarLevel.forMinutes(minutes).stars());
                })
                .setHeader(getTranslation("volunteer.hours"));
        grid.addColumn(v -> ledger.balance(Account.walletOfVolunteer(v.id().value()))
                        .amount())
                .setHeader(getTranslation("volunteer.points"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div actions() {
        var approve = new Button(
                getTranslation("volunteer.approve"), click -> withSelected(v -> volunteers.approve(operator, v.id())));
        approve.setId("volunteer-approve");
        var suspend = new Button(
                getTranslation("volunteer.suspend"), click -> withSelected(v -> volunteers.suspend(operator, v.id())));
        var card = new Button(getTranslation("volunteer.card"), click -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected == null) {
                feedback.failed(getTranslation("console.select-first"));
            } else {
                getUI().ifPresent(ui ->
                        ui.navigate(VolunteerCardView.class, selected.id().value()));
            }
        });
        card.setId("volunteer-print-card");
        var newPassword = new PasswordField(getTranslation("volunteer.new-password"));
        newPassword.setId("volunteer-new-password");
        var setPassword = new Button(getTranslation("volunteer.set-password"), click -> {
            withSelected(v -> volunteers.setPassword(operator, v.id(), newPassword.getValue()));
            newPassword.clear();
        });
        var box = new Div(approve, suspend, card, newPassword, setPassword);
        box.addClassName("console-toolbar");
        return box;
    }

    private Div checkInForm() {
        activity.setLabel(getTranslation("volunteer.checkin.activity"));
        activity.setItemLabelGenerator(a ->
                a.title() + " " + a.schedule().dailyStart() + "–" + a.schedule().dailyEnd());
        activity.setId("checkin-activity");
        activity.setWidth("28em");
        var byHand = new Button(getTranslation("volunteer.checkin.by-hand"), click -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected == null || activity.getValue() == null) {
                feedback.failed(getTranslation("volunteer.checkin.choose"));
                return;
            }
            report(() -> checkins.checkByHand(
                    operator, selected.id(), activity.getValue().id()));
        });
        byHand.setId("checkin-by-hand");
        var card = new CodeReader(
                "card",
                getTranslation("volunteer.card.code"),
                getTranslation("volunteer.checkin.by-card"),
                feedback,
                code -> {
                    if (activity.getValue() == null) {
                        feedback.failed(getTranslation("volunteer.checkin.choose"));
                        return;
                    }
                    report(() -> checkins.checkByCard(
                            operator, code, activity.getValue().id()));
                });
        var box = new Div(new H3(getTranslation("volunteer.checkin.title")), activity, byHand, card);
        box.addClassName("console-toolbar");
        return box;
    }

    private void report(java.util.function.Supplier<CheckinOutcome> check) {
        CheckinOutcome[] outcome = new CheckinOutcome[1];
        if (feedback.attempt(() -> outcome[0] = check.get(), "")) {
            var done = outcome[0];
            var name = volunteers
                    .get(new org.happystation.points.volunteers.VolunteerId(
                            done.attendance().volunteerId()))
                    .name();
            feedback.done(
                    done.kind() == CheckinOutcome.Kind.CHECKED_IN
                            ? getTranslation(
                                    "volunteer.checked-in",
                                    name,
                                    done.activity().title())
                            : getTranslation(
                                    "volunteer.checked-out",
                                    name,
                                    done.record().map(r -> r.minutes() / 60.0).orElse(0.0)));
        }
        refresh();
    }

    private Div registrationForm() {
        var name = new TextField(getTranslation("volunteer.name"));
        var idNumber = new TextField(getTranslation("volunteer.id-number"));
        var phone = new TextField(getTranslation("volunteer.phone"));
        var area = new TextField(getTranslation("volunteer.area"));
        var skills = new TextField(getTranslation("volunteer.skills"));
        var team = new TextField(getTranslation("volunteer.team"));
        var password = new PasswordField(getTranslation("volunteer.password"));
        password.setHelperText(getTranslation("volunteer.password.help"));
        name.setId("new-volunteer-name");
        idNumber.setId("new-volunteer-id-number");
        phone.setId("new-volunteer-phone");
        area.setId("new-volunteer-area");
        password.setId("new-volunteer-password");
        var register = new Button(getTranslation("volunteer.register"), click -> {
            if (station == null) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            feedback.attempt(
                    () -> volunteers.register(
                            operator,
                            station,
                            new VolunteerProfile(
                                    name.getValue(),
                                    new IdNumber(idNumber.getValue()),
                                    phone.getValue(),
                                    area.getValue(),
                                    List.of(skills.getValue().split("[,，、\\s]+")),
                                    List.of(),
                                    team.getValue()),
                            password.getValue()),
                    getTranslation("console.saved"));
            refresh();
        });
        register.setId("new-volunteer-register");
        var box = new Div(
                new H3(getTranslation("volunteer.register.title")),
                name,
                idNumber,
                phone,
                area,
                skills,
                team,
                password,
                register);
        box.addClassName("console-toolbar");
        return box;
    }

    private void withSelected(Consumer<Volunteer> action) {
        var selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            feedback.failed(getTranslation("console.select-first"));
            return;
        }
        feedback.attempt(() -> action.accept(selected), getTranslation("console.saved"));
        refresh();
    }

    private void refresh() {
        if (station == null) {
            return;
        }
        grid.setItems(volunteers.ofStation(station));
        activity.setItems(activities.runningAt(station, clock.instant()));
    }
}
