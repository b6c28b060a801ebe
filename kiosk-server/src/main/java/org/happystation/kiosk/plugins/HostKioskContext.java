package org.happystation.kiosk.plugins;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;

/** The context the host gives a plugin's kiosk screen. */
public record HostKioskContext(
        String pluginId,
        StationInfo station,
        String kioskName,
        Optional<ResidentInfo> resident,
        List<ResidentInfo> relatives,
        Locale locale,
        Class<?> extensionClass,
        HostServices services,
        Runnable homeAction)
        implements KioskContext, HostContext {

    @Override
    public void goHome() {
        homeAction.run();
    }
}
