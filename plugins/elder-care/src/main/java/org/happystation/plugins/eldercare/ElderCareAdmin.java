package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.AdminExtension;
import org.pf4j.Extension;

/** The station manager's elder-care screen: services with their working plans, and the weekly report. */
@Extension
public class ElderCareAdmin implements AdminExtension {

    @Override
    public Component createAdminView(AdminContext context) {
        return new AdminScreen(context);
    }
}
