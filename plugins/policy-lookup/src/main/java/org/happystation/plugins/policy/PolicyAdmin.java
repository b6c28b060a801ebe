package org.happystation.plugins.policy;

import com.vaadin.flow.component.Component;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.AdminExtension;
import org.happystation.plugins.policy.store.PolicyCatalog;
import org.happystation.plugins.policy.ui.AdminPolicyView;
import org.pf4j.Extension;

/** The station manager's screen: maintain, import and export the station's policy entries. */
@Extension
public class PolicyAdmin implements AdminExtension {

    @Override
    public Component createAdminView(AdminContext context) {
        return new AdminPolicyView(context, new PolicyCatalog(context));
    }
}
