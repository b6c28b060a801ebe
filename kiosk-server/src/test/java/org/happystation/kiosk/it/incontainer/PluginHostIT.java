package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.plugins.HostKioskContext;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.plugins.PluginRefusedException;
import org.happystation.kiosk.plugins.PluginStatus;
import org.happystation.kiosk.plugins.TestPluginJar;
import org.happystation.kiosk.security.Actor;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.happystation.plugin.api.StationInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin host in the running server: installing, updating, rolling back and removing real jars
 * (built by the test before deployment and shipped inside the test WAR), and a plugin that keeps failing.
 */
@ExtendWith(ArquillianExtension.class)
class PluginHostIT {

    @Deployment
    static WebArchive station() throws IOException {
        var war = StationDeployment.withTests();
        Path dir = Files.createTempDirectory("plugin-host-it");
        String view = "return new Div();";
        add(
                war,
                "good-1.0.0.jar",
                TestPluginJar.service("it-good", view).signed().build(dir));
        add(
                war,
                "good-1.1.0.jar",
                TestPluginJar.service("it-good", view).version("1.1.0").signed().build(dir));
        add(
                war,
                "good-1.2.0-broken.jar",
                TestPluginJar.service("it-good", view)
                        .version("1.2.0")
                        .source("test.it_good.BadStart", """
                        package test.it_good;
                        public class BadStart extends org.pf4j.Plugin {
                            @Override
                            public void start() { throw new IllegalStateException("cannot start"); }
                        }
                        """)
                        .pluginClass("test.it_good.BadStart")
                        .signed()
                        .build(dir));
        add(
                war,
                "throwing.jar",
                TestPluginJar.service("it-throwing", "throw new IllegalStateException(\"boom\");")
                        .signed()
                        .build(dir));
        add(
                war,
                "bundles-vaadin.jar",
                TestPluginJar.service("it-bundles", view)
                        .entry("com/vaadin/flow/component/html/Div.class", new byte[] {1})
                        .signed()
                        .build(dir));
        add(war, "unsigned.jar", TestPluginJar.service("it-unsigned", view).build(dir));
        add(war, "example-plugin.jar", Path.of(System.getProperty("station.example.plugin")));
        return war;
    }

    private static void add(WebArchive war, String name, Path jar) {
        war.addAsResource(new FileAsset(jar.toFile()), "test-plugins/" + name);
    }

    @Inject
    PluginHost host;

    @Inject
    StationSettings settings;

    @Inject
    PluginContexts contexts;

    @Inject
    org.happystation.kiosk.plugins.PluginRecords records;

    @Inject
    org.happystation.kiosk.plugins.PluginSettingsStore settingsStore;

    @AfterEach
    void uninstallAll() {
        host.statuses().forEach(status -> host.uninstall(Actor.SYSTEM, status.id()));
    }

    @Test
    void the_example_plugin_installs_starts_shows_its_tile_and_uninstalls_without_a_trace() {
        var status = host.install(Actor.SYSTEM, jar("example-plugin.jar"));

        assertEquals(PluginStatus.State.STARTED, status.state());
        assertTrue(status.signedBy().contains("Happiness Station development plugins"), status.signedBy());
        assertTrue(host.tiles().stream().map(ServiceTile::id).anyMatch("example-plugin"::equals));
        assertTrue(Files.exists(settings.dataDirectory().resolve("plugins/example-plugin/" + status.version())));

        assertTrue(host.adminExtension("example-plugin").isPresent(), "the example has a console screen");
        var health = host.health(
                "example-plugin",
                extensionClass -> contexts.admin(
                        "example-plugin",
                        new StationInfo(1, "T", "测试站"),
                        Actor.SYSTEM,
                        Locale.CHINESE,
                        extensionClass));
        assertTrue(health.orElseThrow().healthy());

        host.stop(Actor.SYSTEM, "example-plugin");
        assertTrue(host.tiles().isEmpty(), "a stopped plugin has no tile");
        host.start(Actor.SYSTEM, "example-plugin");
        assertEquals(1, host.tiles().size());

        host.uninstall(Actor.SYSTEM, "example-plugin");
        assertTrue(host.statuses().isEmpty());
        assertFalse(Files.exists(settings.dataDirectory().resolve("plugins/example-plugin")));
    }

    @Test
    void an_uninstall_keeps_the_plugins_data_unless_the_administrator_chose_to_delete_it() {
        host.install(Actor.SYSTEM, jar("good-1.0.0.jar"));
        var store = new org.happystation.kiosk.plugins.HostRecordStore("it-good", 1, records);
        var menu = store.insert("menus", "{\"meal\":\"lunch\"}");

        host.uninstall(Actor.SYSTEM, "it-good");
        assertTrue(store.find("menus", menu.id()).isPresent(), "a plain uninstall keeps the data");

        host.install(Actor.SYSTEM, jar("good-1.0.0.jar"));
        host.uninstall(Actor.SYSTEM, "it-good", true);
        assertTrue(store.find("menus", menu.id()).isEmpty(), "an uninstall with purge deletes it");
    }

    @Test
    void a_manager_sets_the_example_plugins_settings_for_their_station_and_bad_values_change_nothing() {
        host.install(Actor.SYSTEM, jar("example-plugin.jar"));
        var schema = host.settingsSchema("example-plugin");
        assertEquals(2, schema.size());
        var station = new org.happystation.kiosk.stations.StationId(1);
        // Each kiosk screen gets a fresh context, and so fresh settings.
        java.util.function.Supplier<org.happystation.kiosk.plugins.HostSettingsValues> values =
                () -> new org.happystation.kiosk.plugins.HostSettingsValues(
                        "example-plugin", 1, () -> host.settingsSchema("example-plugin"), settingsStore);
        assertEquals("true", values.get().get("show-qr"), "the default until a manager sets one");

        settingsStore.save(
                Actor.SYSTEM,
                "example-plugin",
                station,
                schema,
                java.util.Map.of("show-qr", "false", "notice", "周五停餐"));
        assertEquals("false", values.get().get("show-qr"));
        assertEquals("周五停餐", values.get().get("notice"));

        assertThrows(
                IllegalArgumentException.class,
                () -> settingsStore.save(
                        Actor.SYSTEM,
                        "example-plugin",
                        station,
                        schema,
                        java.util.Map.of("show-qr", "maybe", "notice", "x")));
        assertEquals("周五停餐", values.get().get("notice"), "a refused save changes nothing");
    }

    @Test
    void an_update_replaces_the_running_version_and_a_rollback_brings_it_back() {
        host.install(Actor.SYSTEM, jar("good-1.0.0.jar"));

        var updated = host.install(Actor.SYSTEM, jar("good-1.1.0.jar"));
        assertEquals("1.1.0", updated.version());
        assertEquals("1.0.0", updated.previousVersion());
        assertEquals(PluginStatus.State.STARTED, updated.state());

        var rolledBack = host.rollback(Actor.SYSTEM, "it-good");
        assertEquals("1.0.0", rolledBack.version());
        assertEquals(PluginStatus.State.STARTED, rolledBack.state());
    }

    @Test
    void an_update_that_does_not_start_leaves_the_old_version_running() {
        host.install(Actor.SYSTEM, jar("good-1.0.0.jar"));

        var refused = assertThrows(
                PluginRefusedException.class, () -> host.install(Actor.SYSTEM, jar("good-1.2.0-broken.jar")));

        assertEquals(PluginRefusedException.Reason.FAILED_TO_START, refused.reason());
        var status = host.status("it-good").orElseThrow();
        assertEquals("1.0.0", status.version());
        assertEquals(PluginStatus.State.STARTED, status.state());
        assertTrue(host.serviceExtension("it-good").isPresent());
    }

    @Test
    void a_jar_bundling_vaadin_is_refused_and_nothing_is_installed() {
        var refused =
                assertThrows(PluginRefusedException.class, () -> host.install(Actor.SYSTEM, jar("bundles-vaadin.jar")));

        assertEquals(PluginRefusedException.Reason.BUNDLES_HOST_LIBRARY, refused.reason());
        assertTrue(host.statuses().isEmpty());
        assertFalse(Files.exists(settings.dataDirectory().resolve("plugins/it-bundles")));
    }

    @Test
    void an_unsigned_jar_is_refused_where_the_city_does_not_allow_unsigned_plugins() {
        var refused = assertThrows(PluginRefusedException.class, () -> host.install(Actor.SYSTEM, jar("unsigned.jar")));

        assertEquals(PluginRefusedException.Reason.UNSIGNED, refused.reason());
        assertTrue(host.statuses().isEmpty());
    }

    @Test
    void a_plugin_that_keeps_failing_is_answered_with_nothing_and_then_stopped() throws InterruptedException {
        host.install(Actor.SYSTEM, jar("throwing.jar"));
        ServiceExtension extension = host.serviceExtension("it-throwing").orElseThrow();

        for (int attempt = 0; attempt < PluginHost.FAILURES_BEFORE_STOP; attempt++) {
            assertTrue(
                    host.guarded("it-throwing", "createKioskView", () -> extension.createKioskView(context(extension)))
                            .isEmpty());
        }

        PluginStatus status = host.status("it-throwing").orElseThrow();
        for (int wait = 0; wait < 50 && status.state() == PluginStatus.State.STARTED; wait++) {
            Thread.sleep(100);
            status = host.status("it-throwing").orElseThrow();
        }
        assertEquals(PluginStatus.State.FAILED, status.state());
        assertTrue(status.lastError().contains("boom"), status.lastError());
        assertTrue(host.tiles().isEmpty());
    }

    @Test
    void an_error_from_a_plugins_code_is_traced_to_that_plugin_and_no_other() {
        host.install(Actor.SYSTEM, jar("throwing.jar"));
        host.install(Actor.SYSTEM, jar("good-1.0.0.jar"));
        ServiceExtension extension = host.serviceExtension("it-throwing").orElseThrow();

        var error = assertThrows(IllegalStateException.class, () -> extension.createKioskView(context(extension)));

        assertEquals(Optional.of("it-throwing"), host.pluginThatThrew(error));
        assertEquals(Optional.empty(), host.pluginThatThrew(new IllegalStateException("the host's own")));
    }

    private static InputStream jar(String name) {
        var stream = PluginHostIT.class.getClassLoader().getResourceAsStream("test-plugins/" + name);
        if (stream == null) {
            throw new UncheckedIOException(new IOException("test plugin " + name + " is not in the deployment"));
        }
        return stream;
    }

    private HostKioskContext context(ServiceExtension extension) {
        return contexts.kiosk(
                extension.tile().id(),
                new StationInfo(1, "T", "测试站"),
                "测试机",
                Optional.empty(),
                Locale.CHINESE,
                extension.getClass(),
                () -> {});
    }
}
