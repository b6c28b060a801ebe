package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.happystation.kiosk.accounts.Account;
import org.happystation.kiosk.accounts.AccountService;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;

/** Staff accounts and roles. Managers keep their station's staff and volunteers; admins everyone. */
@Route(value = "manage/staff", layout = ConsoleLayout.class)
@PageTitle("账号 Staff")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class StaffView extends Div {

    private final AccountService accounts;
    private final Actor actor;
    private final Grid<Account> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Station> station = new ComboBox<>();
    private final PasswordField password = new PasswordField();

    @Inject
    public StaffView(CurrentActor currentActor, AccountService accounts, StationService stations) {
        this.accounts = accounts;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        station.setItems(stations.stations(actor));
        station.setItemLabelGenerator(Station::name);
        add(new H2(getTranslation("console.nav.staff")), feedback, configureGrid(), form());
        refresh();
    }

    private Grid<Account> configureGrid() {
        grid.addColumn(Account::username)
                .setHeader(getTranslation("account.username"))
                .setAutoWidth(true);
        grid.addColumn(Account::displayName)
                .setHeader(getTranslation("account.display-name"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("account.role"));
        grid.addColumn(a -> a.enabled() ? "" : getTranslation("account.disabled"))
                .setHeader("");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                username.setValue(change.getValue().username());
                displayName.setValue(change.getValue().displayName());
                role.setValue(change.getValue().role());
            }
        });
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FormLayout form() {
        username.setLabel(getTranslation("account.username"));
        displayName.setLabel(getTranslation("account.display-name"));
        role.setLabel(getTranslation("account.role"));
        role.setItems(
                Arrays.stream(Role.values()).filter(r -> r != Role.RESIDENT).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        station.setLabel(getTranslation("console.station"));
        password.setLabel(getTranslation("account.password"));
        password.setHelperText(getTranslation("account.password.help", Account.MIN_PASSWORD_LENGTH));
        var create = new Button(
                getTranslation("account.create"),
                click -> attempt(() -> accounts.create(
                        actor,
                        new AccountService.NewAccount(
                                username.getValue(),
                                displayName.getValue(),
                                password.getValue(),
                                role.getValue(),
                                station.getValue() == null
                                        ? null
                                        : station.getValue().id()))));
        var assign = new Button(
                getTranslation("account.assign-role"),
                click -> attempt(() -> accounts.assignRole(
                        actor,
                        username.getValue(),
                        role.getValue(),
                        station.getValue() == null ? null : station.getValue().id())));
        var reset = new Button(
                getTranslation("account.reset-password"),
                click -> attempt(() -> accounts.resetPassword(actor, username.getValue(), password.getValue())));
        var disable = new Button(
                getTranslation("account.disable"),
                click -> attempt(() -> accounts.setEnabled(actor, username.getValue(), false)));
        var enable = new Button(
                getTranslation("account.enable"),
                click -> attempt(() -> accounts.setEnabled(actor, username.getValue(), true)));
        return new FormLayout(
                username, displayName, role, station, password, new Div(create, assign, reset, disable, enable));
    }

    private void attempt(Runnable action) {
        if (role.getValue() == null) {
            feedback.failed(getTranslation("account.role.required"));
            return;
        }
        feedback.attempt(action, getTranslation("console.saved"));
        password.clear();
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.accounts(actor));
    }
}
