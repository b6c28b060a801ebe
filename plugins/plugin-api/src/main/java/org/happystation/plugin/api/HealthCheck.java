package org.happystation.plugin.api;

import org.pf4j.ExtensionPoint;

/** Optional: tells the console whether the plugin can serve residents right now. */
public interface HealthCheck extends ExtensionPoint {

    /** Must answer quickly (well under a second) and must not throw; the host times it out otherwise. */
    Health check(PluginContext context);

    /**
     * The answer of a health check.
     *
     * @param healthy whether residents can use the service
     * @param message a short sentence for the station manager, in the context's language
     */
    record Health(boolean healthy, String message) {

        public static Health ok() {
            return new Health(true, "");
        }

        public static Health failing(String message) {
            return new Health(false, message);
        }
    }
}
