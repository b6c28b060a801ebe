package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.security.Actor;

/** The person signed in to the console on this request; the views' access rules ensure there is one. */
final class SignedIn {

    private SignedIn() {}

    static Actor actor(CurrentActor currentActor) {
        return currentActor
                .of(VaadinServletRequest.getCurrent().getUserPrincipal())
                .orElseThrow();
    }
}
