package org.happystation.kiosk.plugins;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;

/**
 * The context the host gives a plugin's kiosk screen.
 *
 * @param actingFor the relative the signed-in resident acts for at this kiosk, one of {@code relatives}
 * @param readAloudText where the text the plugin gives for "read to me" goes (the kiosk's screen)
 */
public record HostKioskContext(
        String pluginId,
        StationInfo station,
        String kioskName,
        Optional<ResidentInfo> resident,
        List<ResidentInfo> relatives,
        Optional<ResidentInfo> actingFor,
        Locale locale,
        Class<?> extensionClass,
        HostServices services,
        Runnable homeAction,
        Consumer<String> readAloudText)
        implements KioskContext, HostContext {

    @Override
    public void goHome() {
        homeAction.run();
    }

    @Override
    public void readAloud(String text) {
        readAloudText.accept(text == null || text.isBlank() ? null : text.strip());
    }

    /** The same context acting for one of the relatives (by resident id), if that id is one of them. */
    public HostKioskContext actingFor(long relativeId) {
        var relative = relatives.stream().filter(r -> r.id() == relativeId).findFirst();
        return new HostKioskContext(
                pluginId,
                station,
                kioskName,
                resident,
                relatives,
                relative,
                locale,
                extensionClass,
                services,
                homeAction,
                readAloudText);
    }

    /** The same context, sending the plugin's read-aloud text to {@code sink}. */
    public HostKioskContext readingAloudTo(Consumer<String> sink) {
        return new HostKioskContext(
                pluginId,
                station,
                kioskName,
                resident,
                relatives,
                actingFor,
                locale,
                extensionClass,
                services,
                homeAction,
                sink);
    }
}
