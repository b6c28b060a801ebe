package org.happystation.kiosk.manage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.happystation.kiosk.accounts.AccountService;
import org.happystation.kiosk.security.Actor;

/**
 * Turns the authenticated caller of a request into the {@link Actor} that services check. Remembered for a
 * few seconds, because every console click and API call asks; forgotten at once when the account changes
 * on this server, and within {@link #REMEMBERED} on the others of a cluster.
 */
@ApplicationScoped
public class CurrentActor {

    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(10);

    private record Remembered(Optional<Actor> actor, long until) {}

    private final java.util.concurrent.ConcurrentHashMap<String, Remembered> remembered =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    AccountService accounts;

    public Optional<Actor> of(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        var known = remembered.get(principal.getName());
        if (known != null && now - known.until() < 0) {
            return known.actor();
        }
        var actor = accounts.find(principal.getName()).filter(a -> a.enabled()).map(a -> a.asActor());
        remembered.put(principal.getName(), new Remembered(actor, now + REMEMBERED.toNanos()));
        return actor;
    }

    void forget(@jakarta.enterprise.event.Observes org.happystation.kiosk.accounts.AccountChanged changed) {
        remembered.remove(changed.username());
    }
}
