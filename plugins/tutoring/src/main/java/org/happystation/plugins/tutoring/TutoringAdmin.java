package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.AdminExtension;
import org.pf4j.Extension;

/** The station manager's tutoring screen: classes, terms, rooms, tutors and the report. */
@Extension
public class TutoringAdmin implements AdminExtension {

    @Override
    public Component createAdminView(AdminContext context) {
        return new AdminScreen(context);
    }
}
