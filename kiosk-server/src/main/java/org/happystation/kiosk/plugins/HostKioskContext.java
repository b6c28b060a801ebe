package org.happystation.kiosk.plugins;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;

/**
 * The context the host gives a plugin's kiosk screen.
 *
 * @param actingFor the relative the signed-in resident acts for at this kiosk, one of {@code relatives}
 * @param readAloudText where the text the plugin gives for "read to me" goes (the kiosk's screen)
 * @param scanners makes the kiosk's camera QR reader for a heading and what to call with each code
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
        Consumer<String> readAloudText,
        BiFunction<String, Consumer<String>, Component> scanners)
        implements KioskContext, HostContext {

    @Override
    public void goHome() {
        homeAction.run();
    }

    @Override
    public void readAloud(String text) {
        readAloudText.accept(text == null || text.isBlank() ? null : text.strip());
    }

    @Override
    public Component qrScanner(String heading, Consumer<String> onScanned) {
        return scanners.apply(heading, onScanned);
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
                readAloudText,
                scanners);
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
                sink,
                scanners);
    }

    /** The same context, reading QR codes with the kiosk's camera made by {@code cameraScanners}. */
    public HostKioskContext scanningWith(BiFunction<String, Consumer<String>, Component> cameraScanners) {
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
                readAloudText,
                cameraScanners);
    }
}
