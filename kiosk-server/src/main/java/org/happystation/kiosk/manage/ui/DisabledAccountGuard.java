package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.points.volunteers.VolunteerId;

/**
 * A console session outlives nothing: when a manager disables an account (or it is deleted), that
 * person's open console signs out at their next navigation, before any view is built.
 */
public class DisabledAccountGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            var request = VaadinServletRequest.getCurrent();
            if (request == null
                    || request.getUserPrincipal() == null
                    || VolunteerId.fromPrincipal(request.getUserPrincipal().getName())
                            .isPresent()) {
                // Volunteers have no console account; a suspended one is refused by the volunteer module.
                return;
            }
            var actor = CDI.current().select(CurrentActor.class).get().of(request.getUserPrincipal());
            if (actor.isEmpty()) {
                try {
                    request.getHttpServletRequest().logout();
                } catch (ServletException e) {
                    // the session is closed below either way
                }
                enter.getUI().getSession().getSession().invalidate();
                enter.rerouteTo(ConsoleSignInView.class);
            }
        }));
    }
}
