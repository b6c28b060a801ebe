package org.happystation.kiosk.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.happystation.kiosk.base.DatabaseMigrations;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.security.Actor;

/**
 * Installs the service plugins that the build bundles into the WAR ({@code WEB-INF/bundled-plugins/}:
 * policy lookup, canteen) on a demo server, through the same checks as an upload. Each is offered once
 * per data directory (remembered in {@code <data dir>/plugins/bundled-offered.txt}), so a plugin the
 * manager removed stays removed.
 */
@ApplicationScoped
public class BundledPlugins {

    static final String FOLDER = "/WEB-INF/bundled-plugins/";
    static final String OFFERED_FILE = "bundled-offered.txt";

    private static final Logger LOG = Logger.getLogger(BundledPlugins.class.getName());

    @Inject
    StationSettings settings;

    @Inject
    PluginHost host;

    void installOnStart(
            @Observes @Priority(DatabaseMigrations.DONE + 30) @Initialized(ApplicationScoped.class) Object started) {
        if (!settings.demo() || !(started instanceof ServletContext web)) {
            return;
        }
        Set<String> jars = Optional.ofNullable(web.getResourcePaths(FOLDER)).orElse(Set.of());
        Path offeredFile = settings.dataSubdirectory("plugins").resolve(OFFERED_FILE);
        Set<String> offered = offered(offeredFile);
        for (String jar : new TreeSet<>(jars)) {
            String pluginId = pluginId(web, jar);
            if (pluginId == null || offered.contains(pluginId)) {
                continue;
            }
            try (InputStream content = web.getResourceAsStream(jar)) {
                var status = host.install(Actor.SYSTEM, content);
                LOG.info(() -> "Bundled plugin " + status.id() + " " + status.version() + " installed");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Bundled plugin " + jar + " was not installed");
            }
            remember(offeredFile, pluginId);
        }
    }

    private static String pluginId(ServletContext web, String jar) {
        try (var in = new JarInputStream(web.getResourceAsStream(jar))) {
            var manifest = in.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Bundled plugin " + jar + " cannot be read");
            return null;
        }
    }

    private static Set<String> offered(Path file) {
        try {
            return Files.exists(file)
                    ? new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new TreeSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remember(Path file, String pluginId) {
        try {
            Files.write(
                    file,
                    List.of(pluginId),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
