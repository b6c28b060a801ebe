package org.happystation.kiosk.manage.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.NotPermittedException;

/** The actor behind the current API request. */
@RequestScoped
class ApiCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentActor currentActor;

    Actor actor() {
        return currentActor
                .of(securityContext.getCallerPrincipal())
                .orElseThrow(() -> new NotPermittedException("This account is disabled."));
    }
}
