package org.happystation.kiosk.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.happystation.kiosk.plugins.TestPluginJar.service;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.ComponentTracker;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.StationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real jars, built by the test, loaded by the host's PF4J manager with its class loading rules. */
class PluginLoadingTest {

    @TempDir
    Path dir;

    private PluginRuntime runtime;

    @BeforeEach
    void newRuntime() throws ReflectiveOperationException {
        // In development mode (as in this JVM once a browserless view test ran) Vaadin's component tracker
        // keeps the stack that created each component, and with it the creating plugin's classes. The
        // server runs in production mode, where the tracker is off; so it is here.
        var disabled = ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
        runtime = new PluginRuntime(dir);
    }

    @AfterEach
    void unloadAll() {
        runtime.loadedIds().forEach(runtime::unload);
    }

    @Test
    void a_good_plugin_starts_and_its_screen_is_a_host_component() {
        runtime.load(
                service("good", "return new Div(new H1(context.message(\"title\")));")
                        .build(dir),
                "good");
        assertThat(runtime.startedIds()).containsExactly("good");

        ServiceExtension extension = runtime.serviceExtensions("good").getFirst();
        assertThat(extension.tile().id()).isEqualTo("good");
        Component screen = extension.createKioskView(context(extension));

        assertThat(screen).isInstanceOf(com.vaadin.flow.component.html.Div.class);
        assertThat(extension.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
    }

    @Test
    void the_host_api_and_vaadin_are_the_hosts_own_classes_inside_a_plugin() throws Exception {
        runtime.load(service("identity", "return new Div();").build(dir), "identity");
        ClassLoader pluginLoader = runtime.classLoader("identity");

        assertThat(pluginLoader.loadClass(ServiceExtension.class.getName())).isSameAs(ServiceExtension.class);
        assertThat(pluginLoader.loadClass(Component.class.getName())).isSameAs(Component.class);
    }

    @Test
    void a_plugin_whose_dependency_is_not_installed_is_refused_and_leaves_nothing_loaded() {
        var jar = service("needs-other", "return new Div();")
                .dependsOn("other-plugin@>=1.0.0")
                .build(dir);

        assertThatThrownBy(() -> runtime.load(jar, "needs-other"))
                .isInstanceOfSatisfying(PluginRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(PluginRefusedException.Reason.MISSING_DEPENDENCY);
                    assertThat(refused.detail()).contains("other-plugin");
                });
        assertThat(runtime.loadedIds()).isEmpty();
    }

    @Test
    void a_plugin_whose_start_throws_is_refused_and_unloaded() {
        var jar = service("bad-start", "return new Div();")
                .source("test.bad_start.BadStart", """
                        package test.bad_start;
                        public class BadStart extends org.pf4j.Plugin {
                            @Override
                            public void start() { throw new IllegalStateException("no database for me"); }
                        }
                        """)
                .pluginClass("test.bad_start.BadStart")
                .build(dir);

        assertThatThrownBy(() -> runtime.load(jar, "bad-start"))
                .isInstanceOfSatisfying(PluginRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(PluginRefusedException.Reason.FAILED_TO_START);
                    assertThat(refused.detail()).contains("no database for me");
                });
        assertThat(runtime.loadedIds()).isEmpty();
    }

    @Test
    void a_plugin_missing_one_of_its_own_classes_fails_with_a_linkage_error_only_when_called() {
        runtime.load(
                service("linkage", "return new test.linkage.Helper().screen();")
                        .source("test.linkage.Helper", """
                        package test.linkage;
                        public class Helper {
                            public com.vaadin.flow.component.Component screen() { return new com.vaadin.flow.component.html.Div(); }
                        }
                        """)
                        .omitting("test.linkage.Helper")
                        .build(dir),
                "linkage");
        var extension = runtime.serviceExtensions("linkage").getFirst();

        assertThatThrownBy(() -> extension.createKioskView(context(extension))).isInstanceOf(LinkageError.class);
    }

    @Test
    void an_unloaded_plugin_leaves_nothing_behind_and_its_class_loader_is_collected() throws InterruptedException {
        runtime.load(
                service("leaves", "return new Div(new Paragraph(context.message(\"x\")));")
                        .build(dir),
                "leaves");
        var extension = runtime.serviceExtensions("leaves").getFirst();
        extension.createKioskView(context(extension));
        var loader = new WeakReference<>(runtime.classLoader("leaves"));
        extension = null;

        runtime.unload("leaves");

        for (int attempt = 0; attempt < 50 && loader.get() != null; attempt++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(loader.get()).as("the plugin's class loader after unloading").isNull();
    }

    private static HostKioskContext context(ServiceExtension extension) {
        // No settings, records, reservations, counters or notifications here: they need the database.
        var services = new HostServices(
                Clock.systemUTC(),
                new HostQrCodes(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                () -> "http://kiosk.test");
        return new HostKioskContext(
                extension.tile().id(),
                new StationInfo(1, "LX-001", "灵西社区幸福驿站"),
                "大厅一号机",
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Locale.CHINESE,
                extension.getClass(),
                services,
                () -> {},
                text -> {},
                (heading, onScanned) -> new com.vaadin.flow.component.html.Div());
    }
}
