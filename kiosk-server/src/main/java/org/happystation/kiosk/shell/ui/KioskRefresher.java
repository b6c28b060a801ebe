package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.happystation.kiosk.plugins.PluginHost;

/**
 * Keeps open kiosk home screens current: when a plugin starts, stops or changes, every home screen on
 * show re-renders its tiles through server push, with no reload on the kiosk.
 */
@ApplicationScoped
public class KioskRefresher {

    private final Set<HomeView> showing = ConcurrentHashMap.newKeySet();

    Registration register(HomeView view) {
        showing.add(view);
        return () -> showing.remove(view);
    }

    void pluginsChanged(@Observes PluginHost.PluginsChanged change) {
        for (HomeView view : Set.copyOf(showing)) {
            view.getUI().ifPresent(ui -> ui.access(view::render));
        }
    }
}
