package org.happystation.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.happystation.points.activities.Activity;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.checkin.CheckinOutcome;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.host.StationDirectory;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.records.RecordStatus;

/**
 * Where the phone's camera lands after scanning the kiosk's code: what the code is for, and one large
 * button to confirm. The code is judged as of the moment this page opened, so a volunteer who reads
 * slowly is not refused because the kiosk's code moved on meanwhile.
 */
@Route(value = "v/scan", layout = VolunteerLayout.class)
@PageTitle("确认签到")
@AnonymousAllowed
public class ScanView extends VolunteerPage {

    private final CheckinService checkins;
    private final StationDirectory stations;
    private final Clock clock;

    @Inject
    public ScanView(VolunteerSessions sessions, CheckinService checkins, StationDirectory stations, Clock clock) {
        super(sessions);
        this.checkins = checkins;
        this.stations = stations;
        this.clock = clock;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        String code =
                event.getLocation().getQueryParameters().getSingleParameter("c").orElse("");
        Instant openedAt = clock.instant();
        Activity activity;
        try {
            activity = checkins.activityOf(code, openedAt);
        } catch (PointsRefused refused) {
            add(new H1(t("scan.title")), problem(refused), home());
            return;
        }
        boolean checkingOut = checkins.openAttendance(volunteer)
                .map(open -> open.activityId() == activity.id())
                .orElse(false);
        add(new H1(t(checkingOut ? "scan.confirm-out.title" : "scan.confirm-in.title")));
        var what = new H2(activity.title());
        what.setId("scan-activity");
        add(what);
        add(new Paragraph(t(
                "scan.where",
                stations.nameOf(activity.station()).orElse(""),
                activity.place(),
                activity.schedule().dailyStart(),
                activity.schedule().dailyEnd())));
        var confirm = new Button(t(checkingOut ? "scan.confirm-out" : "scan.confirm-in"));
        confirm.setId("scan-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> confirm(code, openedAt));
        add(confirm);
    }

    private void confirm(String code, Instant openedAt) {
        removeAll();
        try {
            var outcome = checkins.scan(volunteer, code, openedAt);
            add(new H1(t(outcome.kind() == CheckinOutcome.Kind.CHECKED_IN ? "scan.done-in" : "scan.done-out")));
            var result = new Paragraph(result(outcome));
            result.setId("scan-result");
            result.addClassName("volunteer-message");
            result.addClassName("success");
            result.getElement().setAttribute("role", "status");
            add(result);
        } catch (PointsRefused refused) {
            add(new H1(t("scan.title")), problem(refused));
        }
        add(home());
    }

    private String result(CheckinOutcome outcome) {
        String at = VolunteerHomeView.TIME.format(clock.instant());
        if (outcome.kind() == CheckinOutcome.Kind.CHECKED_IN) {
            return t("scan.result-in", outcome.activity().title(), at);
        }
        var record = outcome.record().orElseThrow();
        return t(
                record.status() == RecordStatus.APPROVED ? "scan.result-out.approved" : "scan.result-out.pending",
                VolunteerHomeView.hours(record.minutes()),
                record.points());
    }

    private Anchor home() {
        var home = new Anchor("/v", t("scan.home"));
        home.addClassName("volunteer-button-link");
        home.setId("scan-home");
        return home;
    }
}
