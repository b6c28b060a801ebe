package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.StaffExtension;
import org.pf4j.Extension;

/** The staff's work screen: today's sessions, to take attendance when the tutor cannot. */
@Extension
public class TutoringStaff implements StaffExtension {

    @Override
    public Component createStaffView(AdminContext context) {
        return new StaffScreen(context);
    }
}
