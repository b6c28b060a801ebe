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

    /** Leaves the plugin's screen for the kiosk home screen. */
    void goHome();
}
