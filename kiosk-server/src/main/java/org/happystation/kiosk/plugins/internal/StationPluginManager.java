package org.happystation.kiosk.plugins.internal;

import java.nio.file.Path;
import org.happystation.plugin.api.PluginApiVersion;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;

/**
 * PF4J's manager as the station host uses it: jars only (no development folders), loaded one by one from
 * their versioned install folder by the host, with {@link HostFirstClassLoader}, and the host's API
 * version as PF4J's system version so that {@code Plugin-Requires} is always checked.
 */
public class StationPluginManager extends DefaultPluginManager {

    public StationPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(PluginApiVersion.CURRENT);
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new HostFirstClassLoader(pluginManager, descriptor, StationPluginManager.class.getClassLoader());
            }
        });
    }
}
