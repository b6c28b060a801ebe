package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.volunteering.Operators;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.host.StationDirectory;
import org.happystation.points.ui.CardView;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/**
 * A printable volunteer card (credit-card size, no console frame): name, masked ID, station and the card's
 * QR code, for volunteers without a smartphone. The browser's print prints it.
 */
@Route("manage/volunteers/card")
@PageTitle("志愿者证 Volunteer card")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class VolunteerCardView extends Div implements HasUrlParameter<Long> {

    private final VolunteerService volunteers;
    private final CheckinService checkins;
    private final StationDirectory stations;
    private final CurrentActor currentActor;

    @Inject
    public VolunteerCardView(
            VolunteerService volunteers,
            CheckinService checkins,
            StationDirectory stations,
            CurrentActor currentActor) {
        this.volunteers = volunteers;
        this.checkins = checkins;
        this.stations = stations;
        this.currentActor = currentActor;
        addClassName("volunteer-card-print");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        var volunteer = volunteers.get(new VolunteerId(id));
        Operators.of(SignedIn.actor(currentActor)).requireStaffOf(volunteer.station());
        var qr = new Image(CardView.cardImage(checkins, id), getTranslation("volunteer.card"));
        qr.addClassName("card-qr");
        qr.setId("card-qr");
        add(
                new H1(getTranslation("volunteer.card.heading")),
                new Paragraph(volunteer.name()),
                new Paragraph(volunteer.idNumberMasked()),
                new Paragraph(stations.nameOf(volunteer.station()).orElse("")),
                qr);
    }
}
