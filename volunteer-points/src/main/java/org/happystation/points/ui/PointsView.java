package org.happystation.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.host.Relatives;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.Points;
import org.happystation.points.ledger.Wallets;

/** Balance and statement; donating to the community fund. Spending never touches the hours record. */
@Route(value = "v/points", layout = VolunteerLayout.class)
@PageTitle("我的积分")
@AnonymousAllowed
public class PointsView extends VolunteerPage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Schedule.ZONE);

    private final Ledger ledger;
    private final Wallets wallets;
    private final Relatives relatives;

    @Inject
    public PointsView(VolunteerSessions sessions, Ledger ledger, Wallets wallets, Relatives relatives) {
        super(sessions);
        this.ledger = ledger;
        this.wallets = wallets;
        this.relatives = relatives;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        var wallet = Account.walletOfVolunteer(volunteer.value());
        add(new H1(t("points.title")));
        var balance = new Paragraph(t("points.balance", ledger.balance(wallet).amount()));
        balance.setId("points-balance");
        balance.addClassName("points-balance");
        add(balance, new Paragraph(t("points.record-separate")));
        add(new H2(t("points.statement")));
        var lines = ledger.statement(wallet, 100);
        if (lines.isEmpty()) {
            add(new Paragraph(t("points.statement.none")));
        }
        var list = new UnorderedList();
        list.addClassName("statement");
        for (var line : lines) {
            var amount = new Span((line.amount() > 0 ? "+" : "") + line.amount());
            amount.addClassName(line.amount() > 0 ? "amount-in" : "amount-out");
            list.add(new ListItem(
                    new Span(WHEN.format(line.at()) + " "),
                    new Span(t("kind." + line.kind().name()) + " " + line.memo() + " "),
                    amount,
                    new Span(" " + t("points.after", line.balanceAfter()))));
        }
        add(list);
        add(gift());
        add(donation());
    }

    private com.vaadin.flow.component.html.Section gift() {
        var section = new com.vaadin.flow.component.html.Section();
        section.add(new H2(t("points.give.title")), new Paragraph(t("points.give.text")));
        var linked = relatives.of(volunteer);
        if (linked.isEmpty()) {
            section.add(new Paragraph(t("points.give.none")));
            return section;
        }
        var to = new com.vaadin.flow.component.select.Select<Relatives.Relative>();
        to.setLabel(t("points.give.to"));
        to.setItems(linked);
        to.setItemLabelGenerator(relative -> relative.relation() + " " + relative.name());
        to.setId("give-to");
        var amount = new IntegerField(t("points.give.amount"));
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        amount.setId("give-amount");
        String key = UUID.randomUUID().toString();
        var give = new Button(t("points.give.submit"));
        give.setId("give-submit");
        give.setDisableOnClick(true);
        give.addClickListener(click -> {
            if (to.getValue() == null || amount.getValue() == null || amount.getValue() < 1) {
                section.add(message(t("points.give.incomplete"), "problem"));
                give.setEnabled(true);
                return;
            }
            try {
                wallets.give(
                        Operator.volunteer(volunteer.value()),
                        volunteer.value(),
                        to.getValue().wallet(),
                        Points.of(amount.getValue()),
                        key);
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (PointsRefused refused) {
                section.add(problem(refused));
            }
        });
        section.add(to, amount, give);
        return section;
    }

    private com.vaadin.flow.component.html.Section donation() {
        var section = new com.vaadin.flow.component.html.Section();
        section.add(new H2(t("points.donate.title")), new Paragraph(t("points.donate.text")));
        var amount = new IntegerField(t("points.donate.amount"));
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        amount.setId("donate-amount");
        // One key per page view: a double click donates once.
        String key = UUID.randomUUID().toString();
        var donate = new Button(t("points.donate.submit"));
        donate.setId("donate-submit");
        donate.setDisableOnClick(true);
        donate.addClickListener(click -> {
            try {
                if (amount.getValue() == null || amount.getValue() < 1) {
                    section.add(message(t("points.donate.amount.missing"), "problem"));
                    donate.setEnabled(true);
                    return;
                }
                wallets.donate(
                        Operator.volunteer(volunteer.value()), volunteer.value(), Points.of(amount.getValue()), key);
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (PointsRefused refused) {
                section.add(problem(refused));
            }
        });
        section.add(amount, donate);
        return section;
    }
}
