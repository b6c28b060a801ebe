package org.happystation.plugin.api;

import com.vaadin.flow.component.Component;
import org.pf4j.ExtensionPoint;

/**
 * Optional (since 1.1.0): the working screen of the people who deliver the service at the station, such
 * as the canteen counter's order list or a care worker's day list. The console shows it under
 * <em>Work screens</em> to staff, station managers and city administrators of the context's station.
 */
public interface StaffExtension extends ExtensionPoint {

    /** Creates the working screen for the signed-in staff member ({@link AdminContext#actor()}). */
    Component createStaffView(AdminContext context);
}
