package org.happystation.plugin.api;

/**
 * The semantic version of this API. A plugin's {@code Plugin-Requires} range is checked against it:
 * the major part changes only when a plugin built for an older version would break. 1.1.0 added
 * {@link StaffExtension}, {@link PublicPage}, {@link PluginContext#publicLink}, {@link KioskContext#relatives}
 * and {@link AdminContext#findResidents} and {@link Counters#next(String, java.time.LocalDate)}.
 * 1.2.0 added {@link VolunteerWork} ({@link PluginContext#volunteerWork}), {@link Reservations#booking},
 * one slot per resource and start, and {@link Json} for the record store's documents. 1.3.0 added
 * {@link KioskContext#actingFor}, {@link KioskContext#readAloud}, {@link KioskContext#qrScanner} and {@link Reservations#setCapacity}.
 */
public final class PluginApiVersion {

    /** The version of the API in this jar. */
    public static final String CURRENT = "1.3.0";

    private PluginApiVersion() {}
}
