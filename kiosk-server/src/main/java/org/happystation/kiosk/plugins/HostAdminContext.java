package org.happystation.kiosk.plugins;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;

/** The context the host gives a plugin's console screen and its health check. */
public record HostAdminContext(
        String pluginId,
        StationInfo station,
        String actor,
        Locale locale,
        Class<?> extensionClass,
        HostServices services,
        Function<String, List<ResidentInfo>> residentFinder)
        implements AdminContext, HostContext {

    @Override
    public List<ResidentInfo> findResidents(String query) {
        return query == null || query.isBlank() ? List.of() : residentFinder.apply(query.strip());
    }
}
