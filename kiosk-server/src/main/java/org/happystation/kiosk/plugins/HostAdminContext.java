package org.happystation.kiosk.plugins;

import java.util.Locale;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.StationInfo;

/** The context the host gives a plugin's console screen and its health check. */
public record HostAdminContext(
        String pluginId,
        StationInfo station,
        String actor,
        Locale locale,
        Class<?> extensionClass,
        HostServices services)
        implements AdminContext, HostContext {}
