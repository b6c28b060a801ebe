package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ScheduledFuture;
import org.happystation.kiosk.base.ServerTimers;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.shell.KioskSession;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.base.QrSvg;
import org.happystation.points.base.StationRef;
import org.happystation.points.checkin.CheckinCodes;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.ui.RequestAddress;

/**
 * The kiosk's volunteer check-in screen: a large QR code per activity open for check-in, signed for this
 * station and replaced every 30 seconds (pushed from the server, so the page never reloads). The volunteer
 * scans it with the phone's own camera; the link opens {@code /v/scan} on the phone.
 */
@Route(value = "checkin", layout = KioskLayout.class)
@PageTitle("志愿者签到")
@AnonymousAllowed
public class VolunteerCheckinView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final ActivityService activities;
    private final CheckinService checkins;
    private final StationSettings settings;
    private final Clock clock;
    private final ServerTimers timers;

    private StationRef station;
    private String baseUrl;
    private long shownStep = -1;
    private ScheduledFuture<?> rotation;

    @Inject
    public VolunteerCheckinView(
            ActivityService activities,
            CheckinService checkins,
            StationSettings settings,
            Clock clock,
            ServerTimers timers) {
        this.timers = timers;
        this.activities = activities;
        this.checkins = checkins;
        this.settings = settings;
        this.clock = clock;
        addClassName("volunteer-checkin");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = KioskSession.current();
        if (session.isEmpty()) {
            return;
        }
        station = new StationRef(session.get().station().value());
        baseUrl = settings.publicUrl().orElseGet(RequestAddress::current);
        render();
    }

    private void render() {
        removeAll();
        shownStep = CheckinCodes.stepAt(clock.instant());
        var home = new com.vaadin.flow.component.button.Button(
                getTranslation("kiosk.back"), click -> getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        home.setId("checkin-home");
        home.addClassName("secondary-action");
        add(home);
        var title = new H1(getTranslation("checkin.title"));
        title.addClassName("checkin-title");
        add(title);
        var running = activities.runningAt(station, clock.instant());
        if (running.isEmpty()) {
            var none = new Paragraph(getTranslation("checkin.none"));
            none.setId("checkin-none");
            none.addClassName("checkin-none");
            add(none);
            return;
        }
        var how = new Paragraph(getTranslation("checkin.how"));
        how.addClassName("checkin-how");
        add(how);
        var grid = new Div();
        grid.addClassName("checkin-grid");
        running.forEach(activity -> grid.add(card(activity)));
        add(grid);
    }

    private Section card(Activity activity) {
        var card = new Section();
        card.addClassName("checkin-card");
        card.setId("checkin-activity-" + activity.id());
        String link = baseUrl + "/v/scan?c="
                + URLEncoder.encode(checkins.kioskCode(station, activity), StandardCharsets.UTF_8);
        var qr = new Image(QrSvg.dataUrl(link), getTranslation("checkin.qr.alt", activity.title()));
        qr.addClassName("checkin-qr");
        qr.getElement().setAttribute("data-link", link);
        var schedule = activity.schedule();
        var when = new Paragraph(getTranslation(
                "checkin.when",
                schedule.dailyStart().format(HOURS),
                schedule.dailyEnd().format(HOURS),
                activity.place()));
        when.addClassName("checkin-when");
        card.add(new H2(activity.title()), qr, when);
        return card;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        // Checks every few seconds and redraws only when the 30-second step has moved on.
        rotation = timers.repeat(
                () -> ui.access(() -> {
                    if (station != null && CheckinCodes.stepAt(clock.instant()) != shownStep) {
                        render();
                    }
                }),
                java.time.Duration.ofSeconds(2));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (rotation != null) {
            rotation.cancel(false);
        }
    }
}
