package org.happystation.kiosk.manage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.happystation.kiosk.accounts.AccountService;
import org.happystation.kiosk.security.Actor;

/** Turns the authenticated caller of a request into the {@link Actor} that services check. */
@ApplicationScoped
public class CurrentActor {

    @Inject
    AccountService accounts;

    public Optional<Actor> of(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        return accounts.find(principal.getName()).filter(a -> a.enabled()).map(a -> a.asActor());
    }
}
