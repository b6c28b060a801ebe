package org.happystation.kiosk.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.happystation.kiosk.plugins.PluginRefusedException.Reason;
import org.happystation.kiosk.plugins.internal.StationPluginManager;
import org.happystation.plugin.api.ServiceExtension;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads, starts and unloads plugin jars with PF4J, turning every way a jar can fail into a
 * {@link PluginRefusedException} and leaving nothing registered behind a failure. Not thread-safe:
 * {@link PluginHost} serialises the calls.
 */
public class PluginRuntime {

    private static final Logger LOG = Logger.getLogger(PluginRuntime.class.getName());

    private final StationPluginManager manager;

    public PluginRuntime(Path pluginsRoot) {
        this.manager = new StationPluginManager(pluginsRoot);
    }

    StationPluginManager manager() {
        return manager;
    }

    public boolean started(String pluginId) {
        var plugin = manager.getPlugin(pluginId);
        return plugin != null && plugin.getPluginState() == PluginState.STARTED;
    }

    public List<String> startedIds() {
        return manager.getStartedPlugins().stream()
                .map(PluginWrapper::getPluginId)
                .toList();
    }

    public List<ServiceExtension> serviceExtensions(String pluginId) {
        return manager.getExtensions(ServiceExtension.class, pluginId);
    }

    public <T> List<T> extensions(String pluginId, Class<T> type) {
        return manager.getExtensions(type, pluginId);
    }

    public ClassLoader classLoader(String pluginId) {
        return manager.getPluginClassLoader(pluginId);
    }

    /** The started plugin whose own class loader defined the named class, if any. */
    public java.util.Optional<String> pluginOwning(String className) {
        for (String id : startedIds()) {
            ClassLoader loader = classLoader(id);
            try {
                if (Class.forName(className, false, loader).getClassLoader() == loader) {
                    return java.util.Optional.of(id);
                }
            } catch (ClassNotFoundException | LinkageError notThisPlugin) {
                // try the next plugin
            }
        }
        return java.util.Optional.empty();
    }

    /** Every loaded plugin, for shutdown. */
    public List<String> loadedIds() {
        return manager.getPlugins().stream().map(PluginWrapper::getPluginId).toList();
    }

    /** Loads and starts a jar; undoes the load when it does not start. */
    public void load(Path jar, String expectedId) {
        String pluginId;
        try {
            pluginId = manager.loadPlugin(jar);
        } catch (PluginRuntimeException e) {
            // PF4J keeps a plugin registered even when resolving its dependencies failed.
            unload(expectedId);
            throw new PluginRefusedException(refusalFor(e), rootMessage(e));
        }
        if (pluginId == null) {
            throw new PluginRefusedException(Reason.NO_DESCRIPTOR, "PF4J could not load " + jar.getFileName());
        }
        PluginState state;
        try {
            state = manager.startPlugin(pluginId);
        } catch (PluginRuntimeException e) {
            unload(pluginId);
            throw new PluginRefusedException(refusalFor(e), rootMessage(e));
        }
        if (state != PluginState.STARTED) {
            var wrapper = manager.getPlugin(pluginId);
            String why = wrapper != null && wrapper.getFailedException() != null
                    ? rootMessage(wrapper.getFailedException())
                    : "state " + state;
            unload(pluginId);
            throw new PluginRefusedException(Reason.FAILED_TO_START, why);
        }
        if (manager.getExtensionClasses(ServiceExtension.class, pluginId).isEmpty()) {
            unload(pluginId);
            throw new PluginRefusedException(Reason.NO_EXTENSION_INDEX, "no ServiceExtension found in " + pluginId);
        }
    }

    /** Stops and unloads a plugin, releasing its class loader and the caches that refer to it. */
    public void unload(String pluginId) {
        var plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            return;
        }
        ClassLoader loader = plugin.getPluginClassLoader();
        try {
            manager.unloadPlugin(pluginId);
        } catch (PluginRuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Plugin " + pluginId + " did not unload cleanly");
        }
        if (loader != null) {
            ResourceBundle.clearCache(loader);
        }
    }

    private static Reason refusalFor(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("DependenciesNotFound")
                    || name.contains("DependenciesWrongVersion")
                    || name.contains("CyclicDependency")) {
                return Reason.MISSING_DEPENDENCY;
            }
        }
        return Reason.FAILED_TO_START;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e.getMessage() != null && !e.getMessage().equals(message)
                ? e.getMessage() + " (" + message + ")"
                : message;
    }
}
