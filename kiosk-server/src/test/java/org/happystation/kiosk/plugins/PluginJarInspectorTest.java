package org.happystation.kiosk.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.happystation.kiosk.plugins.TestPluginJar.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.happystation.kiosk.plugins.PluginRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarInspectorTest {

    private static final String VIEW = "return new Div();";

    @TempDir
    Path dir;

    private final PluginJarInspector inspector = new PluginJarInspector("1.0.0");

    @Test
    void a_good_plugin_is_described_by_its_manifest() {
        var inspection =
                inspector.inspect(service("canteen", VIEW).version("1.2.3").build(dir));

        assertThat(inspection.id()).isEqualTo("canteen");
        assertThat(inspection.version()).isEqualTo("1.2.3");
        assertThat(inspection.requires()).isEqualTo(">=1.0.0 & <2.0.0");
        assertThat(inspection.provider()).isEqualTo("test");
    }

    @Test
    void a_plugin_for_another_api_version_is_refused_and_the_message_names_both_versions() {
        var jar = service("canteen", VIEW).requires(">=2.0.0").build(dir);

        assertRefused(jar, Reason.INCOMPATIBLE_API, ">=2.0.0", "1.0.0");
    }

    @Test
    void a_plugin_that_does_not_say_which_api_it_needs_is_refused() {
        assertRefused(service("canteen", VIEW).requires(null).build(dir), Reason.INCOMPATIBLE_API, "Plugin-Requires");
    }

    @Test
    void a_jar_that_bundles_vaadin_is_refused() {
        var jar = service("canteen", VIEW)
                .entry("com/vaadin/flow/component/Component.class", new byte[] {1})
                .build(dir);

        assertRefused(jar, Reason.BUNDLES_HOST_LIBRARY, "com.vaadin");
    }

    @Test
    void a_jar_that_brings_its_own_copy_of_the_plugin_api_is_refused() {
        var jar = service("canteen", VIEW)
                .entry("org/happystation/plugin/api/ServiceExtension.class", new byte[] {1})
                .build(dir);

        assertRefused(jar, Reason.BUNDLES_HOST_LIBRARY, "org.happystation.plugin.api");
    }

    @Test
    void a_jar_without_an_extension_index_is_refused_with_the_fix() {
        var jar = service("canteen", VIEW).withoutExtensionIndex().build(dir);

        assertRefused(jar, Reason.NO_EXTENSION_INDEX, "annotation processor");
    }

    @Test
    void a_file_that_is_not_a_jar_is_refused() throws IOException {
        var notJar = Files.writeString(dir.resolve("canteen.jar"), "<html>not a jar</html>");

        assertRefused(notJar, Reason.NOT_A_JAR, "");
    }

    @Test
    void a_jar_without_a_plugin_id_is_refused() {
        assertRefused(TestPluginJar.plugin(null).build(dir), Reason.NO_DESCRIPTOR, "Plugin-Id");
    }

    @Test
    void a_zip_bomb_is_refused_before_it_fills_the_disk() {
        // 110 MB of zeros compress to about 100 kB: small on disk, too large unpacked.
        var bomb = TestPluginJar.raw(
                dir,
                "bomb",
                Map.of(
                        "META-INF/extensions.idx", new byte[0],
                        "zeros.bin", new byte[110 * 1024 * 1024]));
        assertThat(bomb.toFile().length()).isLessThan(PluginJarInspector.MAX_JAR_BYTES);

        assertRefused(bomb, Reason.ZIP_BOMB, "unpacks");
    }

    @Test
    void an_entry_that_points_outside_the_jar_is_refused() {
        var slip = TestPluginJar.raw(dir, "slip", Map.of("../../etc/cron.d/evil", new byte[] {1}));

        assertRefused(slip, Reason.NOT_A_JAR, "outside");
    }

    private void assertRefused(Path jar, Reason reason, String... detailParts) {
        assertThatThrownBy(() -> inspector.inspect(jar))
                .isInstanceOfSatisfying(PluginRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.detail()).contains(detailParts);
                });
    }
}
