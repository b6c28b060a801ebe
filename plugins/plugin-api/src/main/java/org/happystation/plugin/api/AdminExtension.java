package org.happystation.plugin.api;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/** Optional: the station manager's screen for this plugin in the console (menus, settings, reports). */
public interface AdminExtension extends ExtensionPoint {

    /** Creates the console screen. Called for a signed-in station manager or city administrator. */
    Component createAdminView(AdminContext context);
}
