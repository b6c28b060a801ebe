package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.plugins.PluginSettingsStore;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;

/** A plugin's own console screen (its {@code AdminExtension}), for the station chosen above it. */
@Route(value = "manage/plugins/:plugin", layout = ConsoleLayout.class)
@PageTitle("服务插件 Plugin")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class PluginAdminView extends Div implements BeforeEnterObserver {

    private final PluginHost host;
    private final StationService stations;
    private final PluginContexts contexts;
    private final PluginSettingsStore settings;
    private final Feedback feedback = new Feedback();
    private final Actor actor;
    private final Div screen = new Div();
    private String pluginId;

    @Inject
    public PluginAdminView(
            CurrentActor currentActor,
            PluginHost host,
            StationService stations,
            PluginContexts contexts,
            PluginSettingsStore settings) {
        this.host = host;
        this.stations = stations;
        this.contexts = contexts;
        this.settings = settings;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        screen.setId("plugin-admin-screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pluginId = event.getRouteParameters().get("plugin").orElse("");
        removeAll();
        add(new H2(getTranslation("plugin.admin.title", pluginId)), feedback);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), this::show), screen);
    }

    private void show(Station station) {
        screen.removeAll();
        var schema = host.settingsSchema(pluginId);
        if (!schema.isEmpty()) {
            var form = new PluginSettingsForm(
                    schema, settings.stored(pluginId, station.id().value()));
            form.addSaveListener(save -> feedback.attempt(
                    () -> settings.save(actor, pluginId, station.id(), schema, save.values()),
                    getTranslation("console.saved")));
            screen.add(new H3(getTranslation("plugin.settings.title")), form);
        }
        var extension = host.adminExtension(pluginId);
        if (extension.isEmpty()) {
            screen.add(new Paragraph(getTranslation("plugin.admin.none")));
            return;
        }
        var context = contexts.admin(
                pluginId,
                PluginContexts.info(station),
                actor,
                getLocale(),
                extension.get().getClass());
        host.guarded(pluginId, "createAdminView", () -> extension.get().createAdminView(context))
                .ifPresentOrElse(screen::add, () -> screen.add(new Paragraph(getTranslation("plugin.admin.failed"))));
    }
}
