package org.happystation.kiosk.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.happystation.kiosk.plugins.PluginRefusedException.Reason;
import org.pf4j.DefaultVersionManager;

/**
 * Looks inside a plugin jar before anything of it is loaded: that it is a jar of sane size (no zip bomb:
 * sizes are measured while reading, not taken from the headers), that its manifest describes a plugin for
 * this host's API, that it bundles none of the host's libraries and that PF4J will find its extensions.
 */
public final class PluginJarInspector {

    public static final long MAX_JAR_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /** Packages the host provides; a plugin that brings its own copy would break class identity. */
    public static final List<String> HOST_PACKAGES =
            List.of("com/vaadin/", "jakarta/", "org/slf4j/", "org/pf4j/", "org/happystation/plugin/api/");

    /** What the manifest says about the plugin. */
    public record Inspection(
            String id, String version, String requires, String provider, String description, String dependencies) {}

    private final String hostApiVersion;

    public PluginJarInspector(String hostApiVersion) {
        this.hostApiVersion = hostApiVersion;
    }

    public Inspection inspect(Path jar) {
        try {
            if (Files.size(jar) > MAX_JAR_BYTES) {
                throw new PluginRefusedException(
                        Reason.TOO_LARGE, Files.size(jar) + " bytes, at most " + MAX_JAR_BYTES + " allowed");
            }
        } catch (IOException e) {
            throw new PluginRefusedException(Reason.NOT_A_JAR, e.getMessage());
        }
        try (var zip = new JarFile(jar.toFile())) {
            var inspection = describe(zip.getManifest());
            checkEntries(zip);
            return inspection;
        } catch (ZipException | SecurityException e) {
            throw new PluginRefusedException(Reason.NOT_A_JAR, "not a readable jar: " + e.getMessage());
        } catch (IOException e) {
            throw new PluginRefusedException(Reason.NOT_A_JAR, e.getMessage());
        }
    }

    private static void checkEntries(ZipFile zip) throws IOException {
        int count = 0;
        long unpacked = 0;
        boolean extensionIndex = false;
        byte[] buffer = new byte[8192];
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (++count > MAX_ENTRIES) {
                throw new PluginRefusedException(Reason.TOO_MANY_ENTRIES, "more than " + MAX_ENTRIES + " entries");
            }
            String name = entry.getName();
            if (name.contains("..") || name.startsWith("/")) {
                throw new PluginRefusedException(Reason.NOT_A_JAR, "an entry points outside the jar: " + name);
            }
            for (String hostPackage : HOST_PACKAGES) {
                if (name.startsWith(hostPackage) && name.endsWith(".class")) {
                    throw new PluginRefusedException(
                            Reason.BUNDLES_HOST_LIBRARY,
                            "the jar contains " + name + "; " + hostPackage.replace('/', '.')
                                    + " is provided by the host (declare it with provided scope)");
                }
            }
            if (name.endsWith(".jar") && name.startsWith("lib/")) {
                // Nested library jars are not loaded by the host; say so rather than fail later.
                throw new PluginRefusedException(
                        Reason.BUNDLES_HOST_LIBRARY,
                        "nested jar " + name + ": shade libraries into the plugin jar instead");
            }
            extensionIndex |= name.equals("META-INF/extensions.idx");
            if (!entry.isDirectory()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        unpacked += read;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new PluginRefusedException(
                                    Reason.ZIP_BOMB, "unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                        }
                    }
                }
            }
        }
        if (!extensionIndex) {
            throw new PluginRefusedException(
                    Reason.NO_EXTENSION_INDEX,
                    "META-INF/extensions.idx is missing: compile with PF4J's annotation processor");
        }
    }

    private Inspection describe(Manifest manifest) {
        if (manifest == null) {
            throw new PluginRefusedException(Reason.NO_DESCRIPTOR, "the jar has no META-INF/MANIFEST.MF");
        }
        Attributes main = manifest.getMainAttributes();
        String id = main.getValue("Plugin-Id");
        String version = main.getValue("Plugin-Version");
        String requires = main.getValue("Plugin-Requires");
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new PluginRefusedException(
                    Reason.NO_DESCRIPTOR, "Plugin-Id is missing or not lower-case letters, digits and dashes: " + id);
        }
        var versions = new DefaultVersionManager();
        try {
            versions.compareVersions(version, "0.0.0");
        } catch (RuntimeException e) {
            throw new PluginRefusedException(
                    Reason.BAD_VERSION, "Plugin-Version is not a semantic version: " + version);
        }
        if (requires == null || requires.isBlank() || requires.trim().equals("*")) {
            throw new PluginRefusedException(
                    Reason.INCOMPATIBLE_API,
                    "Plugin-Requires must name the range of the plugin API it was built for, such as >=1.0.0 & <2.0.0");
        }
        boolean compatible;
        try {
            compatible = versions.checkVersionConstraint(hostApiVersion, requires);
        } catch (RuntimeException e) {
            throw new PluginRefusedException(
                    Reason.INCOMPATIBLE_API, "Plugin-Requires is not a version range: " + requires);
        }
        if (!compatible) {
            throw new PluginRefusedException(
                    Reason.INCOMPATIBLE_API,
                    "the plugin requires API " + requires + " but this server offers " + hostApiVersion);
        }
        return new Inspection(
                id,
                version,
                requires.trim(),
                valueOr(main.getValue("Plugin-Provider"), "unknown"),
                valueOr(main.getValue("Plugin-Description"), ""),
                valueOr(main.getValue("Plugin-Dependencies"), ""));
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
