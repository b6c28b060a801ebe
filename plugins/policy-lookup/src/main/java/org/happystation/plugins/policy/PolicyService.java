package org.happystation.plugins.policy;

import com.vaadin.flow.component.Component;
import java.util.Map;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.happystation.plugins.policy.store.PolicyCatalog;
import org.happystation.plugins.policy.ui.KioskPolicyView;
import org.pf4j.Extension;

/** The policy lookup tile on the kiosk home screen and the screens it opens. */
@Extension
public class PolicyService implements ServiceExtension {

    public static final String ID = "policy-lookup";

    @Override
    public ServiceTile tile() {
        return new ServiceTile(ID, Map.of("zh", "政策查询", "en", "Policy lookup"), "vaadin:book", 10);
    }

    @Override
    public Component createKioskView(KioskContext context) {
        return new KioskPolicyView(context, new PolicyCatalog(context));
    }
}
