package org.happystation.kiosk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.happystation.kiosk.manage.ui.ConsoleSignInView;

/**
 * Every view declares who may open it ({@code @AnonymousAllowed} for the kiosk, {@code @RolesAllowed}
 * for the console); a view without an annotation is closed to everyone. Denied visitors who are not
 * signed in go to the console's sign-in form. Every new UI also starts in the session's language.
 */
public class AccessControlSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var accessControl = new NavigationAccessControl();
        accessControl.setLoginView(ConsoleSignInView.class);
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.setLocale(Languages.chosen(ui.getSession()));
            ui.addBeforeEnterListener(accessControl);
        });
    }
}
