package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.UUID;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.Operators;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.LedgerCheck;
import org.happystation.points.ledger.LedgerTransaction;
import org.happystation.points.ledger.Points;
import org.happystation.points.ledger.StatementLine;
import org.happystation.points.ledger.Wallets;
import org.happystation.points.volunteers.VolunteerService;

/**
 * The points ledger: a volunteer's statement by phone number, transactions by key, the community fund and
 * grants from it, and the invariant check that proves the books balance.
 */
@Route(value = "manage/ledger", layout = ConsoleLayout.class)
@PageTitle("积分账本 Ledger")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class LedgerView extends Div {

    private final Ledger ledger;
    private final LedgerCheck check;
    private final VolunteerService volunteers;
    private final Wallets wallets;
    private final Operator operator;
    private final Feedback feedback = new Feedback();
    private final Grid<StatementLine> statement = new Grid<>();
    private final Grid<LedgerTransaction> transactions = new Grid<>();
    private final Paragraph fund = new Paragraph();
    private StationRef station;

    @Inject
    public LedgerView(
            CurrentActor currentActor,
            StationService stations,
            Ledger ledger,
            LedgerCheck check,
            VolunteerService volunteers,
            Wallets wallets) {
        this.ledger = ledger;
        this.check = check;
        this.volunteers = volunteers;
        this.wallets = wallets;
        var actor = SignedIn.actor(currentActor);
        this.operator = Operators.of(actor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.ledger")), feedback);
        add(new StationPicker(
                getTranslation("console.station"),
                stations.stations(actor),
                chosen -> station = new StationRef(chosen.id().value())));
        add(checkBox(), byVolunteer(), byKey(), fundBox());
    }

    private Div checkBox() {
        var result = new Paragraph();
        result.setId("ledger-check-result");
        var run = new Button(getTranslation("ledger.check"), click -> {
            var report = check.run();
            result.setText((report.ok() ? getTranslation("ledger.check.ok") : getTranslation("ledger.check.failed"))
                    + " " + report.summary());
        });
        run.setId("ledger-check");
        var box = new Div(new H3(getTranslation("ledger.check.title")), run, result);
        box.addClassName("console-toolbar");
        return box;
    }

    private Div byVolunteer() {
        var phone = new TextField(getTranslation("volunteer.phone"));
        phone.setId("ledger-phone");
        var balance = new Paragraph();
        statement
                .addColumn(line -> line.at().toString().substring(0, 16).replace('T', ' '))
                .setHeader(getTranslation("ledger.when"));
        statement
                .addColumn(line -> org.happystation.points.ui.Texts.get(
                        getLocale(), "kind." + line.kind().name()))
                .setHeader(getTranslation("ledger.kind"));
        statement
                .addColumn(StatementLine::memo)
                .setHeader(getTranslation("ledger.memo"))
                .setAutoWidth(true);
        statement.addColumn(StatementLine::amount).setHeader(getTranslation("ledger.amount"));
        statement.addColumn(StatementLine::balanceAfter).setHeader(getTranslation("ledger.balance-after"));
        statement
                .addColumn(StatementLine::idempotencyKey)
                .setHeader(getTranslation("ledger.key"))
                .setAutoWidth(true);
        statement.setAllRowsVisible(true);
        var show = new Button(getTranslation("ledger.show"), click -> volunteers
                .byPhone(phone.getValue())
                .ifPresentOrElse(
                        v -> {
                            operator.requireStaffOf(v.station());
                            var wallet = Account.walletOfVolunteer(v.id().value());
                            balance.setText(v.name() + " · " + getTranslation("volunteer.points") + " "
                                    + ledger.balance(wallet).amount());
                            statement.setItems(ledger.statement(wallet, 200));
                        },
                        () -> feedback.failed(getTranslation("ledger.no-volunteer"))));
        show.setId("ledger-show");
        var box = new Div(new H3(getTranslation("ledger.by-volunteer")), phone, show, balance, statement);
        box.addClassName("console-toolbar");
        return box;
    }

    private Div byKey() {
        var key = new TextField(getTranslation("ledger.key"));
        transactions.addColumn(LedgerTransaction::id).setHeader("#");
        transactions
                .addColumn(LedgerTransaction::idempotencyKey)
                .setHeader(getTranslation("ledger.key"))
                .setAutoWidth(true);
        transactions.addColumn(t -> t.kind().name()).setHeader(getTranslation("ledger.kind"));
        transactions.addColumn(LedgerTransaction::memo).setHeader(getTranslation("ledger.memo"));
        transactions.addColumn(t -> t.createdAt().toString()).setHeader(getTranslation("ledger.when"));
        transactions.setAllRowsVisible(true);
        var search = new Button(
                getTranslation("ledger.search"), click -> transactions.setItems(ledger.search(key.getValue(), 100)));
        var box = new Div(new H3(getTranslation("ledger.by-key")), key, search, transactions);
        box.addClassName("console-toolbar");
        return box;
    }

    private Div fundBox() {
        fund.setId("fund-balance");
        showFund();
        var phone = new TextField(getTranslation("volunteer.phone"));
        var points = new IntegerField(getTranslation("ledger.grant.points"));
        var why = new TextField(getTranslation("ledger.grant.why"));
        var grant = new Button(getTranslation("ledger.grant"), click -> {
            var volunteer = volunteers.byPhone(phone.getValue());
            if (volunteer.isEmpty() || points.getValue() == null || station == null) {
                feedback.failed(getTranslation("ledger.grant.incomplete"));
                return;
            }
            feedback.attempt(
                    () -> wallets.grant(
                            operator,
                            station,
                            volunteer.get().id().value(),
                            Points.of(points.getValue()),
                            why.getValue().isBlank() ? getTranslation("ledger.grant") : why.getValue(),
                            UUID.randomUUID().toString()),
                    getTranslation("console.saved"));
            showFund();
        });
        var box = new Div(new H3(getTranslation("ledger.fund")), fund, phone, points, why, grant);
        box.addClassName("console-toolbar");
        return box;
    }

    private void showFund() {
        fund.setText(getTranslation(
                "ledger.fund.balance",
                ledger.balance(Account.COMMUNITY_FUND).amount(),
                -ledger.signedBalance(Account.ISSUING)));
    }
}
