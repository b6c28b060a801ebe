package org.happystation.kiosk.manage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.happystation.kiosk.accounts.AccountService;
import org.happystation.kiosk.base.BriefMemory;
import org.happystation.kiosk.security.Actor;

/**
 * Turns the authenticated caller of a request into the {@link Actor} that services check. Remembered for a
 * few seconds, because every console click and API call asks; forgotten at once when the account changes
 * on this server, and within {@link #REMEMBERED} on the others of a cluster.
 */
@ApplicationScoped
public class CurrentActor {

    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(10);

    private final BriefMemory<String, Optional<Actor>> remembered = new BriefMemory<>(REMEMBERED);

    @Inject
    AccountService accounts;

    public Optional<Actor> of(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        return remembered.get(
                principal.getName(),
                username -> accounts.find(username).filter(a -> a.enabled()).map(a -> a.asActor()));
    }

    void forget(@jakarta.enterprise.event.Observes org.happystation.kiosk.accounts.AccountChanged changed) {
        remembered.forget(changed.username());
    }
}
