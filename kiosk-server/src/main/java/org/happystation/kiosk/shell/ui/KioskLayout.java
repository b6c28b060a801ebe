package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.happystation.kiosk.base.ui.Languages;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.shell.HelpCalls;
import org.happystation.kiosk.shell.KioskAccess;
import org.happystation.kiosk.shell.KioskSession;
import org.happystation.kiosk.shell.ServerVoice;
import org.happystation.kiosk.stations.StationService;

/**
 * The frame of every kiosk screen: the station's name, the language switch and sign-in or sign-out at
 * the top, the screen below. It also watches for idleness: after {@link #IDLE} without a touch it counts
 * down {@link #COUNTDOWN} in large type (a touch cancels), then clears everything of the previous user.
 */
@AnonymousAllowed
public class KioskLayout extends Div implements RouterLayout, BeforeEnterObserver {

    public static final Duration IDLE = Duration.ofSeconds(90);
    public static final Duration COUNTDOWN = Duration.ofSeconds(15);

    private final KioskAccess kioskAccess;
    private final StationService stations;

    private final Span stationName = new Span();
    private final Button chinese = new Button("中文", click -> switchLanguage(Locale.CHINESE));
    private final Button english = new Button("English", click -> switchLanguage(Locale.ENGLISH));
    private final Div account = new Div();
    private final Main content = new Main();
    private final Button callStaff = new Button();
    private final Button largerText = new Button();
    private final Button highContrast = new Button();
    private final Paragraph helpBanner = new Paragraph();
    private final Div actingBanner = new Div();
    private final ResidentService residents;
    private final HelpCalls helpCalls;
    /** The call this kiosk screen waits to hear about; read by the push thread, hence volatile. */
    private volatile Long waitingForHelp;

    private final IdleCountdown countdown = new IdleCountdown((int) COUNTDOWN.toSeconds());
    private final ReadAloud readAloud;

    @Inject
    public KioskLayout(
            KioskAccess kioskAccess,
            StationService stations,
            HelpCalls helpCalls,
            ServerVoice voice,
            ResidentService residents) {
        this.kioskAccess = kioskAccess;
        this.residents = residents;
        this.stations = stations;
        this.helpCalls = helpCalls;
        this.readAloud = new ReadAloud(voice, this::textGivenByScreen);
        addClassName("kiosk");
        content.addClassName("kiosk-content");
        countdown.addCountdownFinishedListener(finished -> resetForNextPerson());
        // The server only polls while counting down; the rest of the time the kiosk costs nothing.
        addAttachListener(attach -> attach.getUI().addPollListener(poll -> countdown.tick()));
        helpBanner.setId("help-banner");
        helpBanner.addClassName("help-banner");
        helpBanner.getElement().setAttribute("role", "status");
        helpBanner.setVisible(false);
        actingBanner.setId("acting-for-banner");
        actingBanner.addClassName("acting-for-banner");
        actingBanner.getElement().setAttribute("role", "status");
        add(header(), displayBar(), helpBanner, readAloud.unavailableMessage(), actingBanner, content, countdown);
        addAttachListener(attach -> {
            Runnable stopWatching = helpCalls.watch(new HelpCalls.Waiting() {
                @Override
                public java.util.Optional<Long> openCall() {
                    return java.util.Optional.ofNullable(waitingForHelp);
                }

                @Override
                public void acknowledged() {
                    waitingForHelp = null;
                    attach.getUI().access(() -> showHelp("help.acknowledged"));
                }
            });
            addDetachListener(detach -> {
                stopWatching.run();
                detach.unregisterListener();
            });
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = KioskSession.current().or(this::identifyKiosk);
        if (session.isEmpty()) {
            event.forwardTo(KioskRegistrationView.class);
            return;
        }
        refreshHeader(session.get(), event.getNavigationTarget() != ResidentSignInView.class);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Counting idle time happens in the browser, so that a touch costs no round trip.
        // One set of document listeners per page; a rebuilt layout only takes over as their host.
        getElement().executeJs("""
                if (!window.stationIdle) {
                  const idle = window.stationIdle = {host: null, timer: null, ms: 0};
                  idle.arm = () => {
                    clearTimeout(idle.timer);
                    idle.timer = setTimeout(() => idle.host && idle.host.$server.idle(), idle.ms);
                    if (idle.host && idle.host.hasAttribute('counting-down')) idle.host.$server.active();
                  };
                  ['pointerdown', 'keydown', 'touchstart'].forEach(t =>
                    document.addEventListener(t, idle.arm, {passive: true, capture: true}));
                  // A long press on a touch screen opens the browser's menu (copy, search, print...):
                  // nothing a resident needs, and a way out of the kiosk.
                  document.addEventListener('contextmenu', e => e.preventDefault(), {capture: true});
                }
                window.stationIdle.host = $0;
                window.stationIdle.ms = $1;
                window.stationIdle.arm();""", getElement(), IDLE.toMillis());
        ReconnectingScreen.install(this);
    }

    /** The browser saw no touch for {@link #IDLE}: warn, unless there is nothing to clear. */
    @ClientCallable
    void idle() {
        var session = KioskSession.current();
        boolean onHome =
                UI.getCurrent().getInternals().getActiveViewLocation().getPath().isEmpty();
        boolean ordinaryDisplay = Display.current().equals(Display.ORDINARY);
        if (session.isEmpty() || (onHome && !session.get().inUse(getLocale()) && ordinaryDisplay)) {
            return;
        }
        countdown.start();
        getElement().setAttribute("counting-down", true);
        UI.getCurrent().setPollInterval(1000);
    }

    /** Any touch during the countdown: the person is still here. */
    @ClientCallable
    void active() {
        countdown.cancel();
        stopPolling();
    }

    /** Signs the resident out, returns to Chinese and to the home screen. */
    void resetForNextPerson() {
        stopPolling();
        // Forget the kiosk too: the next screen checks its device token again, so a kiosk that a manager
        // retired stops serving at its next idle reset.
        KioskSession.forget();
        Display.forget();
        waitingForHelp = null;
        helpBanner.setVisible(false);
        var ui = UI.getCurrent();
        Languages.choose(ui, Languages.DEFAULT);
        ui.navigate(HomeView.class);
        ui.refreshCurrentRoute(true);
    }

    private void stopPolling() {
        getElement().removeAttribute("counting-down");
        UI.getCurrent().setPollInterval(-1);
    }

    private Component header() {
        var header = new Header();
        header.addClassName("kiosk-header");
        stationName.addClassName("kiosk-station-name");
        var languages = new Div(chinese, english);
        languages.addClassName("language-switch");
        chinese.getElement().setAttribute("lang", "zh");
        english.getElement().setAttribute("lang", "en");
        account.addClassName("kiosk-account");
        callStaff.setId("call-staff");
        callStaff.addClassName("call-staff");
        callStaff.addClickListener(click -> callForHelp());
        header.add(stationName, languages, callStaff, account);
        return header;
    }

    /**
     * Larger text and high contrast, one touch away on every screen. The choice holds for this person's
     * session only: the idle reset returns to the ordinary display for the next person.
     */
    private Div displayBar() {
        largerText.setId("text-size");
        largerText.addClickListener(click ->
                applyDisplay(Display.current().withLargerText(!Display.current().largerText())));
        highContrast.setId("contrast");
        highContrast.addClickListener(click -> applyDisplay(
                Display.current().withHighContrast(!Display.current().highContrast())));
        var bar = new Div(readAloud, largerText, highContrast);
        bar.addClassName("kiosk-display-bar");
        return bar;
    }

    private void applyDisplay(Display display) {
        display.keep();
        showDisplay(display);
    }

    private void showDisplay(Display display) {
        getElement().getClassList().set("text-xl", display.largerText());
        getElement().getClassList().set("contrast", display.highContrast());
        readAloud.localize();
        largerText.setText(getTranslation("kiosk.larger-text"));
        highContrast.setText(getTranslation("kiosk.high-contrast"));
        markLanguage(largerText, display.largerText());
        markLanguage(highContrast, display.highContrast());
    }

    /** The text the screen shown now asks to have read aloud, if it gives one (a plugin's screen may). */
    private java.util.Optional<String> textGivenByScreen() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(ReadAloudText.class::isInstance)
                .map(ReadAloudText.class::cast)
                .findFirst()
                .flatMap(ReadAloudText::readAloudText);
    }

    /** One call per person: pressing again only shows again that help is on its way. */
    private void callForHelp() {
        KioskSession.current().ifPresent(session -> {
            if (session.helpCall().isEmpty()) {
                waitingForHelp = helpCalls.call(session);
            }
            showHelp(waitingForHelp == null ? "help.acknowledged" : "help.coming");
        });
    }

    private void showHelp(String key) {
        helpBanner.setText(getTranslation(key));
        helpBanner.setVisible(true);
    }

    private java.util.Optional<KioskSession> identifyKiosk() {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request == null) {
            return java.util.Optional.empty();
        }
        var session = kioskAccess.identify(
                request.getHttpServletRequest(), response == null ? null : response.getHttpServletResponse());
        session.ifPresent(KioskSession::open);
        return session;
    }

    private void refreshHeader(KioskSession session, boolean offerSignIn) {
        stationName.setText(
                stations.station(session.station()).map(s -> s.name()).orElse(""));
        callStaff.setText(getTranslation("kiosk.call-staff"));
        showDisplay(Display.current());
        if (session.helpCall().isEmpty()) {
            helpBanner.setVisible(false);
        }
        showActingFor(session);
        boolean chineseOn = !"en".equals(getLocale().getLanguage());
        markLanguage(chinese, chineseOn);
        markLanguage(english, !chineseOn);
        account.removeAll();
        session.resident()
                .ifPresentOrElse(
                        resident -> {
                            var greeting = new Span(getTranslation("kiosk.hello", resident.name()));
                            greeting.addClassName("kiosk-greeting");
                            var signOut = new Button(getTranslation("kiosk.sign-out"), click -> {
                                session.signOut();
                                UI.getCurrent().navigate(HomeView.class);
                                UI.getCurrent().refreshCurrentRoute(true);
                            });
                            signOut.setId("sign-out");
                            account.add(greeting);
                            if (!residents.relatives(resident.id()).isEmpty()) {
                                var forFamily = new Button(getTranslation("kiosk.for-family"), click -> UI.getCurrent()
                                        .navigate(ActingForView.class));
                                forFamily.setId("act-for");
                                account.add(forFamily);
                            }
                            account.add(signOut);
                        },
                        () -> {
                            var signIn = new Button(getTranslation("kiosk.sign-in"), click -> UI.getCurrent()
                                    .navigate(ResidentSignInView.class));
                            signIn.setId("sign-in");
                            signIn.addClassName("primary-action");
                            signIn.setVisible(offerSignIn);
                            account.add(signIn);
                        });
    }

    /** While a resident acts for a relative, every screen says so, with the way back to acting for oneself. */
    private void showActingFor(KioskSession session) {
        actingBanner.removeAll();
        var acting = session.resident().flatMap(signedIn -> session.actingFor().map(relative -> {
            var text = new Span(getTranslation("kiosk.acting-for", relative.name(), signedIn.name()));
            var stop = new Button(getTranslation("kiosk.acting-for.stop", signedIn.name()), click -> {
                session.actFor(null);
                UI.getCurrent().refreshCurrentRoute(true);
            });
            stop.setId("act-for-stop");
            return new Div(text, stop);
        }));
        acting.ifPresent(actingBanner::add);
        actingBanner.setVisible(acting.isPresent());
    }

    /** The language (or display choice) in use is pressed and ticked, so that colour is not the only cue. */
    private static void markLanguage(Button button, boolean inUse) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(inUse));
        button.setPrefixComponent(inUse ? new Span("✓") : null);
    }

    private void switchLanguage(Locale locale) {
        Languages.choose(UI.getCurrent(), locale);
        UI.getCurrent().refreshCurrentRoute(true);
    }
}
