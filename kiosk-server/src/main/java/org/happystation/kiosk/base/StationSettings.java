package org.happystation.kiosk.base;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's settings, read once from the environment (or the same names as system properties, in
 * lower case with dots: {@code STATION_DATA_DIR} or {@code station.data.dir}).
 */
@ApplicationScoped
public class StationSettings {

    private final Path dataDirectory;
    private final boolean demo;
    private final boolean unsignedPluginsAllowed;

    public StationSettings() {
        this(
                setting("STATION_DATA_DIR", defaultDataDirectory()),
                Boolean.parseBoolean(setting("STATION_DEMO", "false")),
                Boolean.parseBoolean(setting("STATION_ALLOW_UNSIGNED_PLUGINS", "false")));
    }

    StationSettings(String dataDirectory, boolean demo, boolean unsignedPluginsAllowed) {
        this.dataDirectory = Path.of(dataDirectory).toAbsolutePath().normalize();
        this.demo = demo;
        this.unsignedPluginsAllowed = unsignedPluginsAllowed;
    }

    /** Where the database (in the embedded mode), secrets and plugins live; outside the build output. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A sub-directory of the data directory, created on first use. */
    public Path dataSubdirectory(String name) {
        Path dir = dataDirectory.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory " + dir, e);
        }
    }

    /** Whether to seed the demo station (灵西社区) into an empty database. */
    public boolean demo() {
        return demo;
    }

    /**
     * The address phones use to reach this server ({@code STATION_PUBLIC_URL}, e.g. {@code
     * https://lingxi.station.example}), for links in QR codes. Empty: the address the kiosk itself used.
     */
    public java.util.Optional<String> publicUrl() {
        String url = setting("STATION_PUBLIC_URL", "");
        return url.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(url.replaceAll("/+$", ""));
    }

    /**
     * Where a demo or test server's clock starts ({@code STATION_CLOCK_START}, a date and time of the
     * stations' zone such as {@code 2026-11-23T09:10}); it then runs on as usual. For trainings and
     * end-to-end runs that must see a working morning whatever the hour; empty on a real station.
     */
    public java.util.Optional<java.time.LocalDateTime> clockStart() {
        String start = setting("STATION_CLOCK_START", "");
        return start.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(java.time.LocalDateTime.parse(start));
    }

    /** Whether the city lets unsigned plugins be installed (for plugin development; off by default). */
    public boolean unsignedPluginsAllowed() {
        return unsignedPluginsAllowed;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String defaultDataDirectory() {
        String serverData = System.getProperty("jboss.server.data.dir");
        return serverData != null ? Path.of(serverData, "station").toString() : "data";
    }
}
