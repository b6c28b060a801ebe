package org.happystation.plugin.api;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/**
 * Optional (since 1.1.0): pages anyone may open on their own phone without signing in, such as a policy a
 * resident takes with them from the kiosk by its QR code. The host serves them at the address that
 * {@link PluginContext#publicLink(String)} gives, in a plain phone-sized frame. Show nothing personal here:
 * whoever has the link sees the page.
 */
public interface PublicPage extends ExtensionPoint {

    /**
     * Creates the page for {@code path}.
     *
     * @param context the station the link was made for; no resident, and the phone's language
     * @param path what followed the plugin's part of the address, as given to {@code publicLink}
     * @return the page, or {@code null} when there is no such page (the host then says so)
     */
    Component createPublicView(PluginContext context, String path);
}
