package org.happystation.kiosk.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars while a test runs, as PF4J's own tests do: Java sources compiled against the
 * plugin API with PF4J's annotation processor (so the extension index is real), a manifest, and any
 * extra entries a test needs to make a jar bad in a particular way.
 */
public final class TestPluginJar {

    private final String id;
    private String version = "1.0.0";
    private String requires = ">=1.0.0 & <2.0.0";
    private String dependencies;
    private String pluginClass;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
    private boolean extensionIndex = true;
    private final List<String> omitted = new ArrayList<>();
    private boolean signed;

    private TestPluginJar(String id) {
        this.id = id;
    }

    public static TestPluginJar plugin(String id) {
        return new TestPluginJar(id);
    }

    /** A plugin whose tile has the plugin's id and whose kiosk screen is made by {@code viewBody}. */
    public static TestPluginJar service(String id, String viewBody) {
        String pkg = "test." + id.replace('-', '_');
        return plugin(id).source(pkg + ".Service", """
                package %s;

                import com.vaadin.flow.component.Component;
                import com.vaadin.flow.component.html.Div;
                import com.vaadin.flow.component.html.H1;
                import com.vaadin.flow.component.html.Paragraph;
                import java.util.Map;
                import org.happystation.plugin.api.KioskContext;
                import org.happystation.plugin.api.ServiceExtension;
                import org.happystation.plugin.api.ServiceTile;
                import org.pf4j.Extension;

                @Extension
                public class Service implements ServiceExtension {
                    @Override
                    public ServiceTile tile() {
                        return new ServiceTile("%s", Map.of("zh", "测试服务 %s", "en", "Test service %s"), "vaadin:star", 10);
                    }

                    @Override
                    public Component createKioskView(KioskContext context) {
                        %s
                    }
                }
                """.formatted(pkg, id, id, id, viewBody));
    }

    public TestPluginJar version(String version) {
        this.version = version;
        return this;
    }

    public TestPluginJar requires(String requires) {
        this.requires = requires;
        return this;
    }

    public TestPluginJar dependsOn(String dependencies) {
        this.dependencies = dependencies;
        return this;
    }

    public TestPluginJar pluginClass(String className) {
        this.pluginClass = className;
        return this;
    }

    public TestPluginJar source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    public TestPluginJar entry(String name, byte[] content) {
        extraEntries.put(name, content);
        return this;
    }

    /** Compiles the class but leaves it out of the jar, so that using it is a linkage error. */
    public TestPluginJar omitting(String className) {
        omitted.add(className.replace('.', '/') + ".class");
        return this;
    }

    /** Signs the jar with the development plugin key (plugins/dev-signing), as the build signs plugins. */
    public TestPluginJar signed() {
        this.signed = true;
        return this;
    }

    public TestPluginJar withoutExtensionIndex() {
        extensionIndex = false;
        return this;
    }

    /** Compiles the sources and writes {@code <id>-<version>.jar} into the directory. */
    public Path build(Path directory) {
        try {
            Path work = Files.createTempDirectory(directory, id + "-build");
            Path src = Files.createDirectories(work.resolve("src"));
            Path classes = Files.createDirectories(work.resolve("classes"));
            compile(src, classes);
            Path jar = directory.resolve(id + "-" + version + ".jar");
            try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest())) {
                addTree(out, classes, omitted);
                for (var extra : extraEntries.entrySet()) {
                    out.putNextEntry(new JarEntry(extra.getKey()));
                    out.write(extra.getValue());
                    out.closeEntry();
                }
            }
            return signed ? sign(jar) : jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The development key's keystore, found from the module directory or the repository root. */
    public static Path devKeystore() {
        for (Path candidate : List.of(
                Path.of("../plugins/dev-signing/station-dev-plugins.p12"),
                Path.of("plugins/dev-signing/station-dev-plugins.p12"))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("plugins/dev-signing/station-dev-plugins.p12 not found from "
                + Path.of("").toAbsolutePath());
    }

    /** The development signer's certificate. */
    public static java.security.cert.X509Certificate devCertificate() {
        try (var in = Files.newInputStream(devKeystore())) {
            var store = java.security.KeyStore.getInstance("PKCS12");
            store.load(in, "station-dev".toCharArray());
            return (java.security.cert.X509Certificate) store.getCertificate("station-dev");
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path sign(Path jar) throws IOException {
        try (var in = Files.newInputStream(devKeystore())) {
            var store = java.security.KeyStore.getInstance("PKCS12");
            store.load(in, "station-dev".toCharArray());
            var key = (java.security.PrivateKey) store.getKey("station-dev", "station-dev".toCharArray());
            var chain = java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertPath(List.of(store.getCertificateChain("station-dev")));
            Path signedJar = jar.resolveSibling(jar.getFileName().toString().replace(".jar", "-signed.jar"));
            try (var zip = new java.util.zip.ZipFile(jar.toFile());
                    var out = Files.newOutputStream(signedJar)) {
                jdk.security.jarsigner.JarSigner.Builder builder =
                        new jdk.security.jarsigner.JarSigner.Builder(key, chain);
                builder.build().sign(zip, out);
            }
            Files.move(signedJar, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return jar;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the test plugin", e);
        }
    }

    private void compile(Path src, Path classes) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        List<String> files = new ArrayList<>();
        for (var source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        List<String> arguments = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "--release",
                "21",
                "-proc:" + (extensionIndex ? "full" : "none")));
        if (extensionIndex) {
            arguments.addAll(List.of("-processor", "org.pf4j.processor.ExtensionAnnotationProcessor"));
        }
        arguments.addAll(files);
        int status = ToolProvider.getSystemJavaCompiler()
                .run(null, OutputStream.nullOutputStream(), System.err, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("the test plugin " + id + " did not compile");
        }
    }

    private Manifest manifest() {
        var manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) {
            main.putValue("Plugin-Id", id);
        }
        main.putValue("Plugin-Version", version);
        if (requires != null) {
            main.putValue("Plugin-Requires", requires);
        }
        main.putValue("Plugin-Provider", "test");
        main.putValue("Plugin-Description", "built by a test");
        if (dependencies != null) {
            main.putValue("Plugin-Dependencies", dependencies);
        }
        if (pluginClass != null) {
            main.putValue("Plugin-Class", pluginClass);
        }
        return manifest;
    }

    private static void addTree(JarOutputStream out, Path root, List<String> omitted) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (omitted.contains(name)) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    /** A jar with a good plugin manifest and the given raw entries, for jars that are bad inside. */
    public static Path raw(Path directory, String id, Map<String, byte[]> entries) {
        var builder = plugin(id);
        builder.extraEntries.putAll(entries);
        return builder.build(directory);
    }

    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
