package org.happystation.plugins.policy;

import org.happystation.plugin.api.HealthCheck;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.policy.search.ChineseText;
import org.pf4j.Extension;

/** Healthy when the Chinese analyser (the part that depends on Lucene's bundled dictionaries) works. */
@Extension
public class PolicyHealth implements HealthCheck {

    @Override
    public Health check(PluginContext context) {
        try {
            return ChineseText.words("社会保障卡").isEmpty() ? Health.failing("smartcn") : Health.ok();
        } catch (RuntimeException | LinkageError e) {
            return Health.failing(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
