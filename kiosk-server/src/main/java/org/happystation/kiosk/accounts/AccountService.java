package org.happystation.kiosk.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.audit.AuditLog;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.NotPermittedException;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.stations.StationId;

/**
 * Staff, station manager and city administrator accounts. A station manager keeps the staff of their own
 * station; only a city administrator creates managers and other administrators.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<AccountChanged> changed;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record NewAccount(String username, String displayName, String password, Role role, StationId station) {}

    public Optional<Account> find(String username) {
        return em
                .createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<Account> accounts(@NotNull Actor actor) {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList().stream()
                .filter(a -> actor.isCityAdmin()
                        || (a.station().isPresent()
                                && actor.canManage(a.station().get())))
                .toList();
    }

    public Account create(@NotNull Actor actor, @NotNull NewAccount form) {
        requireMayGrant(actor, form.role(), form.station());
        if (find(form.username()).isPresent()) {
            throw new IllegalArgumentException("The user name " + form.username() + " is taken.");
        }
        var account = new Account(
                form.username(), form.displayName(), form.password(), form.role(), form.station(), clock.instant());
        em.persist(account);
        audit.record(actor, form.station(), "account.created", account.username(), "role " + account.role());
        return account;
    }

    public void assignRole(@NotNull Actor actor, @NotNull String username, @NotNull Role role, StationId station) {
        var account = require(username);
        requireMayGrant(actor, account.role(), account.station().orElse(null));
        requireMayGrant(actor, role, station);
        account.assign(role, station);
        audit.record(actor, station, "account.role-assigned", username, "role " + role);
        changed.fire(new AccountChanged(username));
    }

    public void resetPassword(@NotNull Actor actor, @NotNull String username, @NotNull String newPassword) {
        var account = require(username);
        if (!actor.username().equals(username)) {
            requireMayGrant(actor, account.role(), account.station().orElse(null));
        }
        account.changePassword(newPassword);
        audit.record(actor, account.station().orElse(null), "account.password-reset", username, "new password set");
    }

    public void setEnabled(@NotNull Actor actor, @NotNull String username, boolean enabled) {
        var account = require(username);
        requireMayGrant(actor, account.role(), account.station().orElse(null));
        if (actor.username().equals(username) && !enabled) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(
                actor, account.station().orElse(null), enabled ? "account.enabled" : "account.disabled", username, "");
        changed.fire(new AccountChanged(username));
    }

    /** Creates an account with no actor check: only for first start and the demo seed. */
    Account createBySystem(NewAccount form) {
        var account = new Account(
                form.username(), form.displayName(), form.password(), form.role(), form.station(), clock.instant());
        em.persist(account);
        audit.record(Actor.SYSTEM, form.station(), "account.created", account.username(), "role " + account.role());
        return account;
    }

    boolean anyCityAdmin() {
        return !em.createQuery("select a.id from Account a where a.role = :role", Long.class)
                .setParameter("role", Role.CITY_ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private Account require(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
    }

    private static void requireMayGrant(Actor actor, Role role, StationId station) {
        if (actor.isCityAdmin()) {
            return;
        }
        boolean staffOfOwnStation = role == Role.STAFF || role == Role.VOLUNTEER;
        if (actor.role() == Role.STATION_MANAGER && staffOfOwnStation && station != null && actor.canManage(station)) {
            return;
        }
        throw new NotPermittedException(actor.username() + " may not grant the role " + role);
    }
}
