package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationService;

/**
 * A plugin's working screen for the people who deliver its service (its {@code StaffExtension}): the
 * canteen counter, a care worker's day list. Staff see it for their own station.
 */
@Route(value = "manage/work/:plugin", layout = ConsoleLayout.class)
@PageTitle("工作台 Work screen")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class StaffWorkView extends Div implements BeforeEnterObserver {

    private final PluginHost host;
    private final StationService stations;
    private final PluginContexts contexts;
    private final Actor actor;
    private final Div screen = new Div();
    private String pluginId;

    @Inject
    public StaffWorkView(CurrentActor currentActor, PluginHost host, StationService stations, PluginContexts contexts) {
        this.host = host;
        this.stations = stations;
        this.contexts = contexts;
        this.actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        screen.setId("plugin-staff-screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pluginId = event.getRouteParameters().get("plugin").orElse("");
        removeAll();
        add(new H2(getTranslation("plugin.work.title", ConsoleLayout.serviceTitle(host, pluginId, getLocale()))));
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), this::show), screen);
    }

    private void show(Station station) {
        screen.removeAll();
        var extension = host.staffExtension(pluginId);
        if (extension.isEmpty()) {
            screen.add(new Paragraph(getTranslation("plugin.work.none")));
            return;
        }
        var context = contexts.admin(
                pluginId,
                PluginContexts.info(station),
                actor,
                getLocale(),
                extension.get().getClass());
        host.guarded(pluginId, "createStaffView", () -> extension.get().createStaffView(context))
                .ifPresentOrElse(screen::add, () -> screen.add(new Paragraph(getTranslation("plugin.admin.failed"))));
    }
}
