package org.happystation.kiosk.plugins;

import java.util.Locale;
import org.happystation.plugin.api.StationInfo;

/** The context the host gives a plugin's public page: a station, a language, and nobody signed in. */
record HostPublicContext(
        String pluginId, StationInfo station, Locale locale, Class<?> extensionClass, HostServices services)
        implements HostContext {}
