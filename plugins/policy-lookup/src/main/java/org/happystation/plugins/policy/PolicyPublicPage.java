package org.happystation.plugins.policy;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugin.api.PublicPage;
import org.happystation.plugins.policy.store.PolicyRepository;
import org.happystation.plugins.policy.ui.PublicPolicyView;
import org.pf4j.Extension;

/**
 * The page a resident opens on their phone from a policy's QR code ({@code p/<id>}): the published entry in
 * large type. Drafts, retired and expired entries and unknown ids have no page.
 */
@Extension
public class PolicyPublicPage implements PublicPage {

    private static final String PREFIX = "p/";

    @Override
    public Component createPublicView(PluginContext context, String path) {
        if (path == null || !path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return null;
        }
        String id = path.substring(PREFIX.length());
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            return null;
        }
        LocalDate today = LocalDate.now(context.clock());
        return new PolicyRepository(context.records(), context.clock())
                .find(id)
                .filter(policy -> policy.visibleOn(today))
                .map(policy -> (Component) new PublicPolicyView(context, policy))
                .orElse(null);
    }
}
