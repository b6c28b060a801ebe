package org.happystation.kiosk.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.happystation.kiosk.plugins.TestPluginJar.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.happystation.kiosk.plugins.PluginRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginSignaturesTest {

    private static final String VIEW = "return new Div();";

    @TempDir
    Path dir;

    private final List<java.security.cert.X509Certificate> trusted = List.of(TestPluginJar.devCertificate());

    @Test
    void a_jar_signed_by_a_trusted_key_names_its_signer() {
        var jar = service("canteen", VIEW).signed().build(dir);

        assertThat(PluginSignatures.verify(jar, trusted, false))
                .hasValueSatisfying(signer -> assertThat(signer).contains("Happiness Station development plugins"));
    }

    @Test
    void an_unsigned_jar_is_refused_unless_the_city_allows_unsigned_plugins() {
        var jar = service("canteen", VIEW).build(dir);

        assertThatThrownBy(() -> PluginSignatures.verify(jar, trusted, false))
                .isInstanceOfSatisfying(PluginRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.UNSIGNED));
        assertThat(PluginSignatures.verify(jar, trusted, true)).isEmpty();
    }

    @Test
    void a_jar_signed_by_a_key_the_city_does_not_trust_is_refused_even_where_unsigned_ones_are_allowed() {
        var jar = service("canteen", VIEW).signed().build(dir);

        assertThatThrownBy(() -> PluginSignatures.verify(jar, List.of(), true))
                .isInstanceOfSatisfying(PluginRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_SIGNER);
                    assertThat(e.detail()).contains("Happiness Station development plugins");
                });
    }

    @Test
    void a_signed_jar_whose_class_was_changed_afterwards_is_refused() throws IOException {
        var jar = service("canteen", VIEW).signed().build(dir);
        var tampered = rewrite(jar, "test/canteen/Service.class", bytes -> bytes[bytes.length - 1] ^= 1);

        assertThatThrownBy(() -> PluginSignatures.verify(tampered, trusted, true))
                .isInstanceOfSatisfying(PluginRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.TAMPERED));
    }

    @Test
    void a_signed_jar_with_an_entry_added_afterwards_is_refused() throws IOException {
        var jar = service("canteen", VIEW).signed().build(dir);
        var grown = rewrite(jar, null, null);

        assertThatThrownBy(() -> PluginSignatures.verify(grown, trusted, true))
                .isInstanceOfSatisfying(PluginRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.TAMPERED));
    }

    /** Copies the jar, changing one entry's bytes, or (with no entry named) adding an unsigned class. */
    private Path rewrite(Path jar, String entryToChange, java.util.function.Consumer<byte[]> change)
            throws IOException {
        Path copy = dir.resolve("changed-" + jar.getFileName());
        try (var in = new JarFile(jar.toFile(), false);
                var out = new JarOutputStream(Files.newOutputStream(copy))) {
            for (JarEntry entry : in.stream().toList()) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryToChange)) {
                    change.accept(bytes);
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            if (entryToChange == null) {
                out.putNextEntry(new JarEntry("test/canteen/Extra.class"));
                out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
                out.closeEntry();
            }
        }
        return copy;
    }
}
