package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service plugins the build bundles, installed from their signed jars through the real host (its checks,
 * PF4J class loading, host services on the database) and their kiosk screens driven without a browser.
 */
@ExtendWith(ArquillianExtension.class)
class ServicePluginViewsIT {

    @Deployment
    static WebArchive station() throws IOException {
        var war = StationDeployment.withTests();
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("station.bundled.plugins")))) {
            jars.forEach(jar -> war.addAsResource(
                    new FileAsset(jar.toFile()),
                    "bundled-test-plugins/" + jar.getFileName().toString().replaceAll("-\\d.*", ".jar")));
        }
        return war;
    }

    @Inject
    PluginHost host;

    @Inject
    PluginContexts contexts;

    @Inject
    StationService stations;

    @AfterEach
    void uninstall() {
        host.statuses().forEach(status -> host.uninstall(Actor.SYSTEM, status.id()));
    }

    @Test
    void the_bundled_plugins_install_with_their_tiles_and_screens_for_work_and_for_phones() {
        install("policy-lookup");
        install("canteen");

        assertEquals(
                List.of("canteen", "policy-lookup"),
                host.tiles().stream().map(ServiceTile::id).sorted().toList());
        assertTrue(host.publicPage("policy-lookup").isPresent(), "policies open on a phone");
        assertEquals(List.of("canteen"), host.withStaffScreens(), "the canteen counter is a work screen");
    }

    @Test
    void a_resident_types_s_b_k_on_the_policy_keyboard_and_finds_the_social_security_card() {
        install("policy-lookup");
        var screen = kioskScreen("policy-lookup");

        for (String key : List.of("s", "b", "k")) {
            ((Button) find(screen, "policy-key-" + key)).click();
        }
        ((Button) find(screen, "policy-search-button")).click();

        String results = text(find(screen, "policy-results"));
        assertTrue(results.contains("社会保障卡") || results.contains("社保卡"), results);
    }

    @Test
    void without_a_resident_the_canteen_shows_the_menu_and_asks_to_sign_in_before_ordering() {
        install("canteen");
        var screen = kioskScreen("canteen");

        assertTrue(descendants(screen).anyMatch(c -> c.getId().orElse("").equals("canteen-sign-in")), text(screen));
        assertTrue(descendants(screen).noneMatch(c -> c.getId().orElse("").equals("canteen-confirm")));
    }

    private void install(String pluginId) {
        var jar = getClass().getClassLoader().getResourceAsStream("bundled-test-plugins/" + pluginId + ".jar");
        if (jar == null) {
            throw new UncheckedIOException(new IOException(pluginId + " is not in the test deployment"));
        }
        host.install(Actor.SYSTEM, jar);
    }

    private Component kioskScreen(String pluginId) {
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8);
        var station = stations.createStation(
                Actor.SYSTEM,
                code,
                new StationService.StationDetails("驿站" + code, "测试社区", "测试路 1 号", "8:00–18:00", null));
        ServiceExtension extension = host.serviceExtension(pluginId).orElseThrow();
        var context = contexts.kiosk(
                pluginId,
                PluginContexts.info(station),
                "大厅一号机",
                Optional.empty(),
                Locale.CHINESE,
                extension.getClass(),
                () -> {});
        return host.guarded(pluginId, "createKioskView", () -> extension.createKioskView(context))
                .orElseThrow();
    }

    private static Component find(Component root, String id) {
        return descendants(root)
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id + " in: " + text(root)));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ServicePluginViewsIT::descendants));
    }

    private static String text(Component root) {
        return descendants(root)
                .filter(c -> c instanceof HasText)
                .map(c -> ((HasText) c).getText())
                .filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" "));
    }
}
