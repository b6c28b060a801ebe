package org.happystation.points.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.volunteers.VolunteerService;

/** The volunteer's personal card code, for staff to scan when the volunteer has no phone with them. */
@Route(value = "v/card", layout = VolunteerLayout.class)
@PageTitle("我的志愿者证")
@AnonymousAllowed
public class CardView extends VolunteerPage {

    private final CheckinService checkins;
    private final VolunteerService volunteers;

    @Inject
    public CardView(VolunteerSessions sessions, CheckinService checkins, VolunteerService volunteers) {
        super(sessions);
        this.checkins = checkins;
        this.volunteers = volunteers;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        var me = volunteers.get(volunteer);
        var qr = new Image(cardImage(checkins, volunteer.value()), t("card.qr.alt", me.name()));
        qr.addClassName("voucher-qr");
        add(
                new H1(t("card.title")),
                new Paragraph(me.name() + " · " + me.idNumberMasked()),
                qr,
                new Paragraph(t("card.text")));
    }

    /** The card's QR image, shared with the console's printable card. */
    public static String cardImage(CheckinService checkins, long volunteerId) {
        return org.happystation.points.base.QrSvg.dataUrl(checkins.codes().cardCode(volunteerId));
    }
}
