package org.happystation.plugin.api;

import java.util.List;
import java.util.Optional;

/** The context of a kiosk screen: which kiosk, and the resident signed in at it, if any. */
public interface KioskContext extends PluginContext {

    /** The kiosk's name, as the station manager named it (for example 大厅一号机). */
    String kioskName();

    /** The resident signed in at this kiosk; empty when nobody is. */
    Optional<ResidentInfo> resident();

    /**
     * Since 1.1.0: the residents that the signed-in resident may act for (relatives linked to them at the
     * station, for example a mother); empty when nobody is signed in. Book or order for one of them by
     * passing them as {@code bookedFor}.
     */
    List<ResidentInfo> relatives();

    /**
     * Since 1.3.0: the relative the signed-in resident chose at the kiosk's "for my family" switch, if any.
     * Serve that person without asking again (book or order for them as {@code bookedFor}); the signed-in
     * resident stays the one who acts ({@code bookedBy}).
     */
    default Optional<ResidentInfo> actingFor() {
        return Optional.empty();
    }

    /**
     * Since 1.3.0: the text that the kiosk's "读给我听 / Read to me" button speaks while the plugin shows its
     * current screen, in the screen's language. Call it whenever the plugin changes screens; {@code null}
     * or blank returns to the default, which reads the screen's visible text. Give full sentences: what the
     * screen says and what the resident can do ("请选择服务。可选：日间照料、康复理疗。").
     */
    default void readAloud(String text) {}

    /** Leaves the plugin's screen for the kiosk home screen. */
    void goHome();
}
