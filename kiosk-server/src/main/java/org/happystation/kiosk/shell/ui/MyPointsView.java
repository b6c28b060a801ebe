package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.happystation.kiosk.shell.KioskSession;
import org.happystation.kiosk.volunteering.ResidentWallets;
import org.happystation.points.activities.Schedule;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.records.RecordService;
import org.happystation.points.ui.Texts;
import org.happystation.points.volunteers.StarLevel;

/**
 * A signed-in resident who volunteers sees, in large type, their points, hours and star level and the last
 * movements of their points; nothing to press but "back".
 */
@Route(value = "my-points", layout = KioskLayout.class)
@PageTitle("我的志愿积分")
@AnonymousAllowed
public class MyPointsView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MM-dd").withZone(Schedule.ZONE);

    private final ResidentWallets residentWallets;
    private final Ledger ledger;
    private final RecordService records;

    @Inject
    public MyPointsView(ResidentWallets residentWallets, Ledger ledger, RecordService records) {
        this.residentWallets = residentWallets;
        this.ledger = ledger;
        this.records = records;
        addClassName("my-points");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var home = new Button(
                getTranslation("kiosk.back"), click -> UI.getCurrent().navigate(HomeView.class));
        home.setId("my-points-home");
        home.addClassName("secondary-action");
        add(home);
        var resident = KioskSession.current().flatMap(KioskSession::resident);
        if (resident.isEmpty()) {
            add(new Paragraph(getTranslation("my-points.none")));
            return;
        }
        var found = residentWallets.find(resident.get().id());
        var volunteer = found.volunteer();
        var wallet = found.account();
        long minutes =
                volunteer.map(v -> records.recordedMinutes(v.id().value())).orElse(0L);
        var balance = new H1(
                getTranslation("my-points.balance", ledger.balance(wallet).amount()));
        balance.setId("my-points-balance");
        add(
                balance,
                new Paragraph(getTranslation(
                        "my-points.hours",
                        minutes / 60,
                        StarLevel.forMinutes(minutes).stars())));
        add(new H2(getTranslation("my-points.statement")));
        var list = new UnorderedList();
        list.addClassName("kiosk-statement");
        for (var line : ledger.statement(wallet, 8)) {
            list.add(new ListItem(
                    new Span(DAY.format(line.at()) + "  "),
                    new Span(Texts.get(getLocale(), "kind." + line.kind().name()) + "  " + line.memo() + "  "),
                    new Span((line.amount() > 0 ? "+" : "") + line.amount())));
        }
        add(list);
    }
}
