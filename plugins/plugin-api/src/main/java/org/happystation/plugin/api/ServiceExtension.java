package org.happystation.plugin.api;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/**
 * A service residents use at the kiosk, such as the canteen or policy lookup: its tile on the home
 * screen and the screen it opens. Annotate the implementation with {@code @org.pf4j.Extension}.
 *
 * <p>The host calls these methods on the UI thread of one kiosk and guards every call: an exception or a
 * linkage error shows an error panel in place of your screen, and a plugin that keeps failing is stopped.
 * Return only standard Vaadin components; never keep a reference to a component after the context's
 * kiosk has gone home, since the host drops screens when the plugin stops.
 */
public interface ServiceExtension extends ExtensionPoint {

    /** The tile on the home screen. Its id must be the plugin's id. */
    ServiceTile tile();

    /**
     * Creates the screen shown at {@code /service/{id}} for the kiosk in the context. Called each time a
     * resident opens the service.
     */
    Component createKioskView(KioskContext context);
}
