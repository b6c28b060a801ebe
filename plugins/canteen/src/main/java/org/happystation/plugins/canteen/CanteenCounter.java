package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.StaffExtension;
import org.pf4j.Extension;

/** The counter and kitchen screen in the staff console. */
@Extension
public class CanteenCounter implements StaffExtension {

    @Override
    public Component createStaffView(AdminContext context) {
        return new CounterScreen(context);
    }
}
