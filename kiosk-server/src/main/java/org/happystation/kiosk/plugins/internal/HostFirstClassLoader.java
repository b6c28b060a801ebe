package org.happystation.kiosk.plugins.internal;

import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the host's own libraries (Vaadin, Jakarta, SLF4J, PF4J and the plugin API)
 * always come from the host, so a plugin's components are the host's components; everything else is the
 * plugin's first, so its private libraries cannot clash with the server's.
 */
class HostFirstClassLoader extends PluginClassLoader {

    private static final String[] HOST_PREFIXES = {
        "com.vaadin.", "jakarta.", "org.slf4j.", "org.pf4j.", "org.happystation.plugin.api."
    };

    HostFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader host) {
        super(manager, descriptor, host);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        for (String prefix : HOST_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return super.shouldDelegateToParent(className);
    }
}
