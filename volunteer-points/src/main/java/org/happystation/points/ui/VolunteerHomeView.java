package org.happystation.points.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.activities.Schedule;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.records.RecordService;
import org.happystation.points.volunteers.StarLevel;
import org.happystation.points.volunteers.VolunteerService;
import org.happystation.points.volunteers.VolunteerStatus;

/** The volunteer's start page: hours and star level, points, and whether they are checked in now. */
@Route(value = "v", layout = VolunteerLayout.class)
@PageTitle("志愿服务")
@AnonymousAllowed
public class VolunteerHomeView extends VolunteerPage {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Schedule.ZONE);

    private final VolunteerService volunteers;
    private final RecordService records;
    private final Ledger ledger;
    private final CheckinService checkins;
    private final ActivityService activities;

    @Inject
    public VolunteerHomeView(
            VolunteerSessions sessions,
            VolunteerService volunteers,
            RecordService records,
            Ledger ledger,
            CheckinService checkins,
            ActivityService activities) {
        super(sessions);
        this.volunteers = volunteers;
        this.records = records;
        this.ledger = ledger;
        this.checkins = checkins;
        this.activities = activities;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        var me = volunteers.get(volunteer);
        add(new H1(t("home.hello", me.name())));
        if (me.status() == VolunteerStatus.PENDING) {
            add(message(t("home.pending"), "notice"));
        } else if (me.status() == VolunteerStatus.SUSPENDED) {
            add(message(t("home.suspended"), "problem"));
        }
        checkins.openAttendance(volunteer)
                .ifPresent(open -> add(message(
                        t(
                                "home.checked-in",
                                activities.get(open.activityId()).title(),
                                TIME.format(open.checkedInAt())),
                        "notice")));
        long minutes = records.recordedMinutes(volunteer.value());
        var star = StarLevel.forMinutes(minutes);
        var figures = new Div(
                figure("home.hours", hours(minutes), "home-hours"),
                figure(
                        "home.points",
                        String.valueOf(ledger.balance(Account.walletOfVolunteer(volunteer.value()))
                                .amount()),
                        "home-points"),
                figure("home.stars", "★".repeat(star.stars()) + "☆".repeat(5 - star.stars()), "home-stars"));
        figures.addClassName("volunteer-figures");
        add(figures);
        if (star != StarLevel.FIVE) {
            add(new Paragraph(t("home.next-star", star.hoursToNext(minutes))));
        }
        add(new Paragraph(t("home.how-to-scan")));
        var card = new Anchor("/v/card", t("home.card"));
        card.setId("volunteer-card-link");
        card.addClassName("volunteer-button-link");
        add(card);
    }

    private Div figure(String labelKey, String value, String id) {
        var number = new Span(value);
        number.addClassName("figure-value");
        number.setId(id);
        var label = new Span(t(labelKey));
        label.addClassName("figure-label");
        var box = new Div(number, label);
        box.addClassName("volunteer-figure");
        return box;
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }
}
