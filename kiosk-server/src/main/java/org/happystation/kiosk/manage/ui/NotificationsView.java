package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.happystation.kiosk.base.ClockProducer;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.notifications.StaffNotification;
import org.happystation.kiosk.notifications.StaffNotifier;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.shell.HelpCalls;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;

/** The staff's to-do list: open notifications of a station, updated live, each marked handled by a touch. */
@Route(value = "manage/notifications", layout = ConsoleLayout.class)
@PageTitle("待处理通知 Notifications")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class NotificationsView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ClockProducer.STATION_ZONE);

    private final StaffNotifier notifier;
    private final Actor actor;
    private final Grid<StaffNotification> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final com.vaadin.flow.component.html.Paragraph helpAlert = new com.vaadin.flow.component.html.Paragraph();
    private Station station;

    @Inject
    public NotificationsView(
            CurrentActor currentActor, StaffNotifier notifier, StationService stations, ConsoleRefresher refresher) {
        this.notifier = notifier;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.notifications")), feedback);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), chosen -> {
            station = chosen;
            refresh();
        }));
        helpAlert.setText(getTranslation("notification.help-call"));
        helpAlert.setId("help-alert");
        helpAlert.addClassName("help-alert");
        helpAlert.getElement().setAttribute("role", "alert");
        helpAlert.setVisible(false);
        add(helpAlert, configureGrid());
        addAttachListener(attach -> {
            var registration = refresher.register(this);
            addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    private Grid<StaffNotification> configureGrid() {
        grid.setId("notification-grid");
        grid.addColumn(n -> WHEN.format(n.createdAt()))
                .setHeader(getTranslation("notification.at"))
                .setAutoWidth(true);
        grid.addColumn(StaffNotification::source)
                .setHeader(getTranslation("notification.source"))
                .setAutoWidth(true);
        grid.addColumn(StaffNotification::message).setHeader(getTranslation("notification.message"));
        grid.addComponentColumn(n -> new Button(
                        getTranslation("notification.handle"),
                        click -> feedback.attempt(
                                () -> notifier.handle(actor, n.id()), getTranslation("console.saved"))))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    boolean shows(StationId stationId) {
        return station != null && station.id().equals(stationId);
    }

    void refresh() {
        if (station != null) {
            var open = notifier.open(actor, station.id());
            grid.setItems(open);
            boolean calling = open.stream().anyMatch(n -> n.source().startsWith(HelpCalls.SOURCE_PREFIX));
            helpAlert.setVisible(calling);
            chime(calling);
        }
    }

    /**
     * While a kiosk calls for help and nobody has acknowledged it, the console chimes every few seconds
     * (Web Audio, no sound file) as well as showing the call in words.
     */
    private void chime(boolean on) {
        getElement().executeJs(CHIME, on);
    }

    private static final String CHIME = String.join(
            "\n",
            "if (window.stationChime) { clearInterval(window.stationChime); window.stationChime = null; }",
            "if (!$0) return;",
            "const ring = () => {",
            "  try {",
            "    const audio = window.stationAudio = window.stationAudio || new AudioContext();",
            "    audio.resume();",
            "    [660, 880].forEach((hz, i) => {",
            "      const tone = audio.createOscillator(), gain = audio.createGain();",
            "      tone.frequency.value = hz; gain.gain.value = 0.2;",
            "      tone.connect(gain).connect(audio.destination);",
            "      tone.start(audio.currentTime + i * 0.35); tone.stop(audio.currentTime + i * 0.35 + 0.3);",
            "    });",
            "  } catch (e) { /* no audio device: the words on screen remain */ }",
            "};",
            "ring();",
            "window.stationChime = setInterval(ring, 8000);");
}
