package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.happystation.kiosk.plugins.PluginHost;

/**
 * Keeps open kiosks current when a plugin starts, stops or changes, through server push and with no
 * reload: home screens re-render their tiles, and a kiosk showing that plugin's screen goes home, so
 * that no kiosk keeps the components (and with them the class loader) of a stopped or replaced version.
 */
@ApplicationScoped
public class KioskRefresher {

    private final Set<HomeView> homeScreens = ConcurrentHashMap.newKeySet();
    private final Map<ServiceHostView, String> serviceScreens = new ConcurrentHashMap<>();

    Registration register(HomeView view) {
        homeScreens.add(view);
        return () -> homeScreens.remove(view);
    }

    Registration register(ServiceHostView view, String pluginId) {
        serviceScreens.put(view, pluginId);
        return () -> serviceScreens.remove(view);
    }

    void pluginsChanged(@Observes PluginHost.PluginsChanged change) {
        for (HomeView view : Set.copyOf(homeScreens)) {
            view.getUI().ifPresent(ui -> ui.access(view::render));
        }
        serviceScreens.forEach((view, pluginId) -> {
            if (pluginId.equals(change.pluginId())) {
                view.getUI().ifPresent(ui -> ui.access(() -> ui.navigate(HomeView.class)));
            }
        });
    }
}
