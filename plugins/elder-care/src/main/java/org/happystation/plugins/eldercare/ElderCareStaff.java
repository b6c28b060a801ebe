package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.StaffExtension;
import org.pf4j.Extension;

/** The care workers' day list and the elders' care profiles in the staff console. */
@Extension
public class ElderCareStaff implements StaffExtension {

    @Override
    public Component createStaffView(AdminContext context) {
        return new StaffScreen(context);
    }
}
