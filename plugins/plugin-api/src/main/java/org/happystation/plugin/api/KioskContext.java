package org.happystation.plugin.api;

import java.util.Optional;

/** The context of a kiosk screen: which kiosk, and the resident signed in at it, if any. */
public interface KioskContext extends PluginContext {

    /** The kiosk's name, as the station manager named it (for example 大厅一号机). */
    String kioskName();

    /** The resident signed in at this kiosk; empty when nobody is. */
    Optional<ResidentInfo> resident();

    /** Leaves the plugin's screen for the kiosk home screen. */
    void goHome();
}
