package org.happystation.kiosk.plugins;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.happystation.kiosk.base.DatabaseMigrations;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.plugins.PluginRefusedException.Reason;
import org.happystation.kiosk.security.Actor;
import org.happystation.plugin.api.AdminExtension;
import org.happystation.plugin.api.HealthCheck;
import org.happystation.plugin.api.PluginApiVersion;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugin.api.PublicPage;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.happystation.plugin.api.SettingsSchema;
import org.happystation.plugin.api.StaffExtension;

/**
 * The one plugin host of the server. Admin operations (install, update, rollback, start, stop,
 * uninstall) are serialised by a write lock; calls into plugins share a read lock and are guarded by
 * {@link #guarded}. Plugins live in {@code <data dir>/plugins/<id>/<version>/<id>-<version>.jar}.
 */
@ApplicationScoped
public class PluginHost {

    /** Errors within {@link #FAILURE_WINDOW} after which the host stops a plugin. */
    public static final int FAILURES_BEFORE_STOP = 3;

    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);

    /** How long the console waits for a plugin's health check. */
    public static final Duration HEALTH_CHECK_LIMIT = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    /** Fired after any plugin started, stopped or changed, so that open kiosks refresh their tiles. */
    public record PluginsChanged(String pluginId) {}

    @Inject
    StationSettings settings;

    @Inject
    PluginCatalogue catalogue;

    @Inject
    TrustedSigners trustedSigners;

    @Inject
    Clock clock;

    @Inject
    Event<PluginsChanged> changed;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final java.util.concurrent.ExecutorService healthChecks =
            java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, ArrayDeque<Instant>> failures = new ConcurrentHashMap<>();
    private final PluginJarInspector inspector = new PluginJarInspector(PluginApiVersion.CURRENT);
    private PluginRuntime runtime;
    private Path pluginsRoot;

    void startOnBoot(
            @Observes @Priority(DatabaseMigrations.DONE + 20) @Initialized(ApplicationScoped.class) Object started) {
        withWriteLock(() -> {
            pluginsRoot = settings.dataSubdirectory("plugins");
            runtime = new PluginRuntime(pluginsRoot);
            for (InstalledPlugin plugin : catalogue.all()) {
                if (plugin.enabled()) {
                    try {
                        runtime.load(Path.of(plugin.jarPath()), plugin.pluginId());
                    } catch (PluginRefusedException e) {
                        LOG.warning(() -> "Plugin " + plugin.pluginId() + " did not start: " + e.getMessage());
                        catalogue.recordStopped(Actor.SYSTEM, plugin.pluginId(), e.getMessage());
                    }
                }
            }
            return null;
        });
    }

    @PreDestroy
    void stopAll() {
        healthChecks.shutdownNow();
        withWriteLock(() -> {
            if (runtime != null) {
                runtime.loadedIds().forEach(runtime::unload);
            }
            return null;
        });
    }

    // --- admin operations ---

    /**
     * Installs a jar, or updates the plugin it carries. The new version must start before it replaces
     * the old one; when it does not, the old one runs on and the refusal says why.
     */
    public PluginStatus install(Actor actor, InputStream jar) {
        actor.requireCityAdmin();
        PluginStatus status = withWriteLock(() -> {
            Path incoming = receive(jar);
            try {
                var inspection = inspector.inspect(incoming);
                var signer = PluginSignatures.verify(
                        incoming, trustedSigners.certificates(), settings.unsignedPluginsAllowed());
                Path target = pluginsRoot
                        .resolve(inspection.id())
                        .resolve(inspection.version())
                        .resolve(inspection.id() + "-" + inspection.version() + ".jar");
                String sha256 = sha256(incoming);
                var current = catalogue.find(inspection.id());
                if (Files.exists(target) && !sha256(target).equals(sha256)) {
                    throw new PluginRefusedException(
                            Reason.BAD_VERSION,
                            "version " + inspection.version() + " of " + inspection.id()
                                    + " is installed already with other content: give the new jar a new version");
                }
                Files.createDirectories(target.getParent());
                Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING);
                swapTo(
                        inspection.id(),
                        target,
                        current.filter(InstalledPlugin::enabled).map(p -> Path.of(p.jarPath())));
                catalogue.recordInstall(actor, inspection, target.toString(), sha256, signer.orElse(null));
                return statusOf(inspection.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                Files.deleteIfExists(incoming);
            }
        });
        changed.fire(new PluginsChanged(status.id()));
        return status;
    }

    /** Goes back to the version installed before the last update. */
    public PluginStatus rollback(Actor actor, String pluginId) {
        actor.requireCityAdmin();
        PluginStatus status = withWriteLock(() -> {
            var plugin = catalogue.find(pluginId).orElseThrow(() -> notInstalled(pluginId));
            if (plugin.previousJar() == null || !Files.exists(Path.of(plugin.previousJar()))) {
                throw new IllegalStateException("There is no earlier version of " + pluginId + " to go back to.");
            }
            Path previous = Path.of(plugin.previousJar());
            var inspection = inspector.inspect(previous);
            var signer =
                    PluginSignatures.verify(previous, trustedSigners.certificates(), settings.unsignedPluginsAllowed());
            swapTo(pluginId, previous, Optional.of(Path.of(plugin.jarPath())).filter(p -> plugin.enabled()));
            catalogue.recordRollback(
                    actor, pluginId, inspection, previous.toString(), sha256(previous), signer.orElse(null));
            return statusOf(pluginId);
        });
        changed.fire(new PluginsChanged(pluginId));
        return status;
    }

    public PluginStatus start(Actor actor, String pluginId) {
        actor.requireCityAdmin();
        PluginStatus status = withWriteLock(() -> {
            var plugin = catalogue.find(pluginId).orElseThrow(() -> notInstalled(pluginId));
            if (!runtime.started(pluginId)) {
                runtime.unload(pluginId);
                runtime.load(Path.of(plugin.jarPath()), pluginId);
            }
            failures.remove(pluginId);
            catalogue.recordStarted(actor, pluginId);
            return statusOf(pluginId);
        });
        changed.fire(new PluginsChanged(pluginId));
        return status;
    }

    public PluginStatus stop(Actor actor, String pluginId) {
        actor.requireCityAdmin();
        PluginStatus status = withWriteLock(() -> {
            catalogue.find(pluginId).orElseThrow(() -> notInstalled(pluginId));
            runtime.unload(pluginId);
            catalogue.recordStopped(actor, pluginId, null);
            return statusOf(pluginId);
        });
        changed.fire(new PluginsChanged(pluginId));
        return status;
    }

    /** Stops the plugin, forgets it and deletes its jars; keeps what it stored, for a reinstall. */
    public void uninstall(Actor actor, String pluginId) {
        uninstall(actor, pluginId, false);
    }

    /**
     * Stops the plugin, forgets it and deletes its jars; with {@code purgeData} also everything it stored
     * at every station (records, reservations, counters), which cannot be undone.
     */
    public void uninstall(Actor actor, String pluginId, boolean purgeData) {
        actor.requireCityAdmin();
        withWriteLock(() -> {
            catalogue.find(pluginId).orElseThrow(() -> notInstalled(pluginId));
            runtime.unload(pluginId);
            catalogue.recordUninstalled(actor, pluginId, purgeData);
            deleteTree(pluginsRoot.resolve(pluginId));
            return null;
        });
        changed.fire(new PluginsChanged(pluginId));
    }

    // --- what the kiosk and the console read ---

    public List<PluginStatus> statuses() {
        return withReadLock(
                () -> catalogue.all().stream().map(p -> statusOf(p.pluginId())).toList());
    }

    public Optional<PluginStatus> status(String pluginId) {
        return withReadLock(() -> catalogue.find(pluginId).map(p -> statusOf(p.pluginId())));
    }

    /** The tiles of the started plugins; a plugin whose tile cannot be had is left out, and counted. */
    public List<ServiceTile> tiles() {
        return withReadLock(() -> startedIds().stream()
                .flatMap(id -> serviceExtension(id)
                        .flatMap(extension -> guarded(id, "tile", () -> {
                            var tile = extension.tile();
                            if (!tile.id().equals(id)) {
                                throw new IllegalStateException(
                                        "tile id " + tile.id() + " differs from the plugin id " + id);
                            }
                            return tile;
                        }))
                        .stream())
                .sorted(Comparator.comparing(ServiceTile::id))
                .toList());
    }

    /** The settings a started plugin declares; empty when it declares none. */
    public List<SettingsSchema.Setting> settingsSchema(String pluginId) {
        return extension(pluginId, SettingsSchema.class)
                .flatMap(schema -> guarded(pluginId, "settings schema", schema::settings))
                .orElse(List.of());
    }

    /** The console extension of a started plugin, if it has one. */
    public Optional<AdminExtension> adminExtension(String pluginId) {
        return extension(pluginId, AdminExtension.class);
    }

    /** The staff working screen of a started plugin, if it has one (API 1.1.0). */
    public Optional<StaffExtension> staffExtension(String pluginId) {
        return extension(pluginId, StaffExtension.class);
    }

    /** The public pages of a started plugin, if it has any (API 1.1.0). */
    public Optional<PublicPage> publicPage(String pluginId) {
        return extension(pluginId, PublicPage.class);
    }

    /** The started plugins that have a staff working screen, by id. */
    public List<String> withStaffScreens() {
        return withReadLock(() -> startedIds().stream()
                .filter(id -> staffExtension(id).isPresent())
                .sorted()
                .toList());
    }

    /**
     * Asks a started plugin's health check, on another thread with a time limit, so that a slow or
     * hanging check cannot stall the console. Empty when the plugin has no check.
     */
    public Optional<HealthCheck.Health> health(
            String pluginId, java.util.function.Function<Class<?>, PluginContext> context) {
        return extension(pluginId, HealthCheck.class).map(check -> {
            var answer = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> guarded(pluginId, "health check", () -> check.check(context.apply(check.getClass())))
                            .orElse(HealthCheck.Health.failing("the health check failed")),
                    healthChecks);
            try {
                return answer.get(HEALTH_CHECK_LIMIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                answer.cancel(true);
                return HealthCheck.Health.failing(
                        "the health check took longer than " + HEALTH_CHECK_LIMIT.toMillis() + " ms");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return HealthCheck.Health.failing("interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                return HealthCheck.Health.failing(String.valueOf(e.getCause()));
            }
        });
    }

    private <T> Optional<T> extension(String pluginId, Class<T> type) {
        return withReadLock(() -> {
            if (runtime == null || !runtime.started(pluginId)) {
                return Optional.<T>empty();
            }
            return guarded(pluginId, "find " + type.getSimpleName(), () -> runtime.extensions(pluginId, type))
                    .flatMap(list -> list.stream().findFirst());
        });
    }

    /** The service extension of a started plugin. */
    public Optional<ServiceExtension> serviceExtension(String pluginId) {
        return withReadLock(() -> {
            if (runtime == null || !runtime.started(pluginId)) {
                return Optional.<ServiceExtension>empty();
            }
            return guarded(pluginId, "find extensions", () -> runtime.serviceExtensions(pluginId))
                    .flatMap(list -> list.stream().findFirst());
        });
    }

    /**
     * Runs a call into a plugin. An exception or a linkage error (a class the plugin needs is missing)
     * is logged with the plugin's id and counted, and the answer is empty; after
     * {@link #FAILURES_BEFORE_STOP} failures within {@link #FAILURE_WINDOW} the plugin is stopped.
     */
    public <T> Optional<T> guarded(String pluginId, String what, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, e, () -> "Plugin " + pluginId + " failed in " + what);
            countFailure(pluginId, what + ": " + e);
            return Optional.empty();
        }
    }

    /**
     * The plugin whose code threw, found from the stack of an error that escaped a guarded call (for
     * example from a button listener inside a plugin's screen).
     */
    public Optional<String> pluginThatThrew(Throwable error) {
        return withReadLock(() -> {
            if (runtime == null) {
                return Optional.<String>empty();
            }
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                for (StackTraceElement frame : cause.getStackTrace()) {
                    var owner = runtime.pluginOwning(frame.getClassName());
                    if (owner.isPresent()) {
                        return owner;
                    }
                }
            }
            return Optional.<String>empty();
        });
    }

    /** Counts an error that a plugin's code raised outside {@link #guarded}. */
    public void reportFailure(String pluginId, Throwable error) {
        LOG.log(Level.WARNING, error, () -> "Plugin " + pluginId + " failed in an event listener");
        countFailure(pluginId, "event listener: " + error);
    }

    // --- internals ---

    private void countFailure(String pluginId, String error) {
        var now = clock.instant();
        var recent = failures.computeIfAbsent(pluginId, id -> new ArrayDeque<>());
        boolean stop;
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(FAILURE_WINDOW))) {
                recent.removeFirst();
            }
            stop = recent.size() >= FAILURES_BEFORE_STOP;
        }
        if (stop) {
            LOG.warning(() -> "Stopping plugin " + pluginId + " after " + FAILURES_BEFORE_STOP + " failures: " + error);
            // Another thread may hold the read lock (this very call may run under it): stop asynchronously.
            Thread.ofVirtual().start(() -> {
                withWriteLock(() -> {
                    runtime.unload(pluginId);
                    catalogue.recordStopped(Actor.SYSTEM, pluginId, "stopped after repeated failures: " + error);
                    return null;
                });
                failures.remove(pluginId);
                changed.fire(new PluginsChanged(pluginId));
            });
        }
    }

    /** Replaces what runs for a plugin id by another jar; on failure the previous jar runs again. */
    private void swapTo(String pluginId, Path jar, Optional<Path> running) {
        runtime.unload(pluginId);
        try {
            runtime.load(jar, pluginId);
        } catch (PluginRefusedException refused) {
            running.ifPresent(previous -> {
                try {
                    runtime.load(previous, pluginId);
                } catch (PluginRefusedException alsoRefused) {
                    LOG.warning(() -> "The previous version of " + pluginId + " did not start again either: "
                            + alsoRefused.getMessage());
                }
            });
            throw refused;
        }
    }

    private PluginStatus statusOf(String pluginId) {
        var installed = catalogue.find(pluginId).orElseThrow(() -> notInstalled(pluginId));
        PluginStatus.State state;
        if (runtime != null && runtime.started(pluginId)) {
            state = PluginStatus.State.STARTED;
        } else if (installed.lastError() != null) {
            state = PluginStatus.State.FAILED;
        } else {
            state = PluginStatus.State.STOPPED;
        }
        return new PluginStatus(
                installed.pluginId(),
                installed.signedBy(),
                installed.version(),
                installed.provider(),
                installed.description(),
                installed.requires(),
                installed.dependencies(),
                state,
                installed.lastError(),
                installed.previousVersion());
    }

    private List<String> startedIds() {
        return runtime == null ? List.of() : runtime.startedIds();
    }

    /** Copies an upload to a file, refusing it as soon as it grows past the size limit. */
    private Path receive(InputStream jar) throws IOException {
        Path incoming = Files.createDirectories(pluginsRoot.resolve(".incoming"));
        Path file = Files.createTempFile(incoming, "upload-", ".jar");
        try (var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = jar.read(buffer)) > 0; ) {
                total += read;
                if (total > PluginJarInspector.MAX_JAR_BYTES) {
                    throw new PluginRefusedException(
                            Reason.TOO_LARGE, "more than " + PluginJarInspector.MAX_JAR_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
        } catch (PluginRefusedException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static String sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not delete " + dir);
        }
    }

    private static IllegalArgumentException notInstalled(String pluginId) {
        return new IllegalArgumentException("No plugin " + pluginId + " is installed.");
    }

    /** An operation that may throw checked I/O exceptions, run under a lock. */
    private interface Locked<T> {
        T run() throws IOException;
    }

    private <T> T withWriteLock(Locked<T> operation) {
        lock.writeLock().lock();
        try {
            return operation.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T withReadLock(Supplier<T> operation) {
        lock.readLock().lock();
        try {
            return operation.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
