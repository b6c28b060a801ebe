package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.stations.StationService;

/**
 * A plugin's public page at {@code /p/{plugin}/{station code}/{path}}, opened on a visitor's own phone
 * (for example from a policy's "take it with you" QR code): no sign-in, the phone's language, large type.
 */
@Route("p/:plugin/:station/:path*")
@PageTitle("幸福驿站")
@AnonymousAllowed
public class PublicPageView extends Div implements BeforeEnterObserver {

    private final PluginHost plugins;
    private final StationService stations;
    private final PluginContexts contexts;

    @Inject
    public PublicPageView(PluginHost plugins, StationService stations, PluginContexts contexts) {
        this.plugins = plugins;
        this.stations = stations;
        this.contexts = contexts;
        addClassName("public-page");
        setId("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var parameters = event.getRouteParameters();
        String pluginId = parameters.get("plugin").orElse("");
        String path = parameters.get("path").orElse("");
        var station = parameters.get("station").flatMap(stations::stationByCode);
        var page = plugins.publicPage(pluginId);
        if (station.isEmpty() || page.isEmpty()) {
            notFound();
            return;
        }
        add(new Paragraph(station.get().name()));
        var context = contexts.publicPage(
                pluginId,
                PluginContexts.info(station.get()),
                getLocale(),
                page.get().getClass());
        plugins.guarded(pluginId, "createPublicView", () -> page.get().createPublicView(context, path))
                .ifPresentOrElse(this::add, this::notFound);
    }

    private void notFound() {
        add(new H1(getTranslation("public.none.title")), new Paragraph(getTranslation("public.none.text")));
    }
}
