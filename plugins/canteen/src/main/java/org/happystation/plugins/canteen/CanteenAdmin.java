package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.AdminExtension;
import org.pf4j.Extension;

/** The station manager's canteen screen: menus, the delivery list and the daily report. */
@Extension
public class CanteenAdmin implements AdminExtension {

    @Override
    public Component createAdminView(AdminContext context) {
        return new AdminScreen(context);
    }
}
