package org.happystation.plugins.example;

import org.happystation.plugin.api.HealthCheck;
import org.happystation.plugin.api.PluginContext;
import org.pf4j.Extension;

/** The example needs nothing outside itself, so it is healthy whenever it runs. */
@Extension
public class ExampleHealth implements HealthCheck {

    @Override
    public Health check(PluginContext context) {
        return Health.ok();
    }
}
