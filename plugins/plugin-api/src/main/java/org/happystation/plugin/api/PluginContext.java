package org.happystation.plugin.api;

import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * What the host gives every call into a plugin: where it runs, in which language, and the host
 * services. Each service is narrow and checked by the host; a plugin reaches nothing else of the server.
 */
public interface PluginContext {

    /** The plugin's own id, as in its {@code Plugin-Id}. */
    String pluginId();

    /** The station the call is for. */
    StationInfo station();

    /** The language the person on the other side reads: Chinese ({@code zh}) first, or English. */
    Locale locale();

    /**
     * A text from the plugin's own resource bundle {@code messages} in the package of the extension being
     * called (for example {@code com/example/canteen/messages_zh.properties} and {@code
     * messages_en.properties}, UTF-8), in {@link #locale()}, with {@link java.text.MessageFormat}
     * arguments. A missing key returns the key itself, so the gap shows on screen.
     */
    String message(String key, Object... arguments);

    /** The station's clock (time zone Asia/Shanghai by default); use it instead of the system clock. */
    Clock clock();

    /** A logger whose name carries the plugin id, so the server's log says which plugin wrote what. */
    Logger logger();

    /** Renders any text as a QR code image. */
    QrCodes qrCodes();

    /** The plugin's settings for {@link #station()}; see {@link SettingsSchema}. */
    SettingsValues settings();

    /** The plugin's own records for {@link #station()}, in the server's database. */
    RecordStore records();

    /** Slots with capacity and their bookings at {@link #station()}; never overbooked. */
    Reservations reservations();

    /** Numbers per station and day, unique across the cluster (pick-up and queue numbers). */
    Counters counters();

    /** Messages to the station's staff console. */
    StaffNotifications staff();

    /** The resident's volunteer points; see {@link PointsWallet#available()}. */
    PointsWallet wallet();

    /**
     * Since 1.2.0: the station's volunteer records, to record service a volunteer gave through this plugin.
     * Hosts older than 1.2.0 (and plugins' test contexts) answer {@link VolunteerWork#UNAVAILABLE}.
     */
    default VolunteerWork volunteerWork() {
        return VolunteerWork.UNAVAILABLE;
    }

    /**
     * Since 1.1.0: the full address (for a QR code) of one of the plugin's {@link PublicPage public pages}
     * at {@link #station()}, reachable from the phones of the station's visitors.
     *
     * @param path letters, digits, dots, dashes, underscores and slashes, for example {@code policy/42}
     */
    String publicLink(String path);
}
