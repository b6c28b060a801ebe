package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.happystation.kiosk.base.ClockProducer;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.residents.Resident;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.points.base.QrSvg;

/**
 * A printable resident card (credit-card size, no console frame): station, name and a large QR code that
 * signs the resident in at a kiosk's camera. Opening the page changes nothing: it says whether the resident
 * has a card and that a new one stops the old one; only "make a new card" issues one, shown this once, to
 * print with the browser's print.
 */
@Route("manage/residents/card")
@PageTitle("居民卡 Resident card")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class ResidentCardView extends Div implements HasUrlParameter<Long> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ResidentService residents;
    private final StationService stations;
    private final Actor actor;

    @Inject
    public ResidentCardView(ResidentService residents, StationService stations, CurrentActor currentActor) {
        this.residents = residents;
        this.stations = stations;
        this.actor = SignedIn.actor(currentActor);
        addClassName("resident-card-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        var resident = residents.resident(new ResidentId(id));
        if (resident.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        showBeforeIssue(resident.get());
    }

    private void showBeforeIssue(Resident resident) {
        var warning = new Paragraph(residents
                .cardIssuedAt(actor, resident.id())
                .map(at -> getTranslation(
                        "resident.card.has", resident.name(), DAY.format(at.atZone(ClockProducer.STATION_ZONE))))
                .orElseGet(() -> getTranslation("resident.card.none", resident.name())));
        warning.setId("resident-card-warning");
        warning.addClassName("resident-card-warning");
        var issue = new Button(getTranslation("resident.card.issue"), click -> issue(resident));
        issue.setId("resident-card-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(controls(new H1(getTranslation("resident.card.title", resident.name())), warning, issue, back()));
    }

    private void issue(Resident resident) {
        var code = residents.issueCard(actor, resident.id());
        removeAll();
        var done = new Paragraph(getTranslation("resident.card.issued"));
        done.setId("resident-card-issued");
        var print = new Button(
                getTranslation("resident.card.print"), click -> getElement().executeJs("window.print()"));
        print.setId("resident-card-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                controls(new H1(getTranslation("resident.card.title", resident.name())), done, print, back()),
                card(resident, code.text()));
    }

    private Div card(Resident resident, String code) {
        var station = new Paragraph(
                stations.station(resident.station()).map(s -> s.name()).orElse(""));
        station.addClassName("resident-card-station");
        var kind = new Paragraph(getTranslation("resident.card.heading"));
        kind.addClassName("resident-card-kind");
        var name = new Paragraph(resident.name());
        name.setId("resident-card-name");
        name.addClassName("resident-card-name");
        var how = new Paragraph(getTranslation("resident.card.how"));
        how.addClassName("resident-card-how");
        var text = new Div(station, kind, name, how);
        text.addClassName("resident-card-text");
        var qr = new Image(QrSvg.dataUrl(code), getTranslation("resident.card.qr"));
        qr.setId("resident-card-qr");
        qr.addClassName("resident-card-qr");
        var card = new Div(text, qr);
        card.setId("resident-card");
        card.addClassName("resident-card");
        return card;
    }

    private RouterLink back() {
        var back = new RouterLink(getTranslation("resident.card.back"), ResidentsView.class);
        back.setId("resident-card-back");
        return back;
    }

    private static Div controls(com.vaadin.flow.component.Component... parts) {
        var controls = new Div(parts);
        controls.addClassNames("resident-card-controls", "no-print");
        return controls;
    }
}
