package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import java.util.Optional;
import org.happystation.kiosk.plugins.HostKioskContext;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.shell.KioskSession;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.ResidentInfo;

/**
 * The one host route for every service plugin, {@code /service/{plugin}}: the host owns the route and
 * embeds the component the plugin returns, under a "back to home" button that is always there. A plugin
 * that fails or is not running gets a calm panel instead; the kiosk itself never goes down.
 */
@Route(value = "service/:plugin", layout = KioskLayout.class)
@PageTitle("幸福驿站")
@AnonymousAllowed
public class ServiceHostView extends Div implements BeforeEnterObserver, ReadAloudText {

    private final PluginHost plugins;
    private final StationService stations;
    private final ResidentService residents;
    private final PluginContexts contexts;
    private final KioskRefresher refresher;
    private Registration showing;
    /** What the plugin asked "read to me" to read for its current screen; null reads the visible text. */
    private String pluginReadAloudText;

    @Inject
    public ServiceHostView(
            PluginHost plugins,
            StationService stations,
            ResidentService residents,
            PluginContexts contexts,
            KioskRefresher refresher) {
        this.plugins = plugins;
        this.stations = stations;
        this.residents = residents;
        this.contexts = contexts;
        this.refresher = refresher;
        addDetachListener(detach -> stopShowing());
        addClassName("service-host");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        pluginReadAloudText = null;
        var home = new Button(
                getTranslation("kiosk.back"), click -> UI.getCurrent().navigate(HomeView.class));
        home.setId("service-home");
        home.addClassName("secondary-action");
        add(home);
        String pluginId = event.getRouteParameters().get("plugin").orElse("");
        stopShowing();
        showing = refresher.register(this, pluginId);
        var session = KioskSession.current();
        var extension = plugins.serviceExtension(pluginId);
        boolean offHere = session.isPresent()
                && stations.disabledServices(session.get().station()).contains(pluginId);
        if (session.isEmpty() || extension.isEmpty() || offHere) {
            add(new PluginUnavailablePanel(false));
            return;
        }
        var context = contextFor(pluginId, session.get(), extension.get().getClass());
        plugins.guarded(pluginId, "createKioskView", () -> extension.get().createKioskView(context))
                .ifPresentOrElse(this::addPluginScreen, () -> add(new PluginUnavailablePanel(true)));
    }

    /** The plugin's screen, marked so that the kiosk's larger text enlarges it too (see station.css). */
    private void addPluginScreen(com.vaadin.flow.component.Component screen) {
        screen.getElement().getClassList().add("service-plugin");
        add(screen);
    }

    /** The kiosk's camera reading QR codes for a plugin's screen; each code goes to the plugin, guarded. */
    private CameraScanner cameraFor(String pluginId, String heading, java.util.function.Consumer<String> onScanned) {
        var camera = new CameraScanner(heading, getTranslation("camera.scan.instruction"));
        camera.addScannedListener(scanned -> {
            plugins.guarded(pluginId, "qrScanned", () -> {
                onScanned.accept(scanned.text());
                return true;
            });
            camera.resumeAfter(java.time.Duration.ofSeconds(2));
        });
        camera.addNoCameraListener(none -> camera.setVisible(false));
        return camera;
    }

    @Override
    public Optional<String> readAloudText() {
        return Optional.ofNullable(pluginReadAloudText);
    }

    private void stopShowing() {
        if (showing != null) {
            showing.remove();
            showing = null;
        }
    }

    /** The plugin's code failed after its screen was shown: the calm panel takes the screen's place. */
    void showFailure() {
        getChildren().skip(1).toList().forEach(this::remove);
        add(new PluginUnavailablePanel(true));
    }

    private HostKioskContext contextFor(String pluginId, KioskSession session, Class<?> extensionClass) {
        var station = stations.station(session.station()).orElseThrow();
        var kiosk = stations.kiosk(session.kiosk()).orElseThrow();
        Optional<ResidentInfo> resident = session.resident()
                .flatMap(signedIn -> residents.resident(signedIn.id()))
                .map(r -> new ResidentInfo(r.id().value(), r.name(), r.birthYear()));
        var ui = UI.getCurrent();
        var context = contexts.kiosk(
                        pluginId,
                        PluginContexts.info(station),
                        kiosk.name(),
                        resident,
                        getLocale(),
                        extensionClass,
                        () -> ui.navigate(HomeView.class))
                .readingAloudTo(text -> pluginReadAloudText = text)
                .scanningWith((heading, onScanned) -> cameraFor(pluginId, heading, onScanned));
        return session.actingFor()
                .map(relative -> context.actingFor(relative.id().value()))
                .orElse(context);
    }
}
