package org.happystation.kiosk.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.audit.AuditLog;
import org.happystation.kiosk.base.BriefMemory;
import org.happystation.kiosk.base.SecretFiles;
import org.happystation.kiosk.base.SlowHash;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.NotPermittedException;

/**
 * Bearer tokens for scripts calling {@code /api}: a console account makes one for itself, sees it once,
 * and can revoke it. A token acts with its account's role and station, and stops when the account is
 * disabled. Checking one costs a hash and an indexed look-up, not a slow password hash per call.
 */
@ApplicationScoped
public class ApiTokens {

    /** Stamping "last used" on every call would write on every read; once a minute says enough. */
    private static final Duration USE_STAMP = Duration.ofMinutes(1);

    public record Issued(long id, String label, String token) {}

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Issued issue(Actor actor, String label) {
        var account = accounts.find(actor.username())
                .filter(Account::enabled)
                .orElseThrow(() -> new NotPermittedException(actor.username() + " has no enabled console account."));
        String clean = label == null || label.isBlank() ? "script" : label.strip();
        if (clean.length() > 80) {
            throw new IllegalArgumentException("A token label has at most 80 characters.");
        }
        String token = "hst_" + SecretFiles.randomToken(32);
        var stored = new ApiToken(account.id(), clean, SlowHash.sha256Hex(token), clock.instant());
        em.persist(stored);
        em.flush();
        audit.record(actor, account.station().orElse(null), "api-token.issued", actor.username(), clean);
        return new Issued(stored.id(), clean, token);
    }

    public List<ApiToken> of(Actor actor) {
        return accounts.find(actor.username())
                .map(account -> em.createQuery(
                                "select t from ApiToken t where t.accountId = :account order by t.id", ApiToken.class)
                        .setParameter("account", account.id())
                        .getResultList())
                .orElse(List.of());
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        var token = em.find(ApiToken.class, tokenId);
        var account = accounts.find(actor.username()).orElseThrow();
        if (token == null || (token.accountId() != account.id() && !actor.isCityAdmin())) {
            throw new IllegalArgumentException("No token " + tokenId + " of yours.");
        }
        token.revoke();
        remembered.forgetAll();
        audit.record(actor, account.station().orElse(null), "api-token.revoked", actor.username(), token.label());
    }

    /** Who a token signs in as: its account's user name and role. */
    public record Holder(String username, org.happystation.kiosk.security.Role role) {}

    /** Token look-ups remembered briefly, by token hash: scripts call many times a second. */
    private final BriefMemory<String, Optional<Holder>> remembered = new BriefMemory<>(Duration.ofSeconds(10));

    @Inject
    ApiTokens self;

    /**
     * The enabled account behind a token, if the token is known and not revoked. Remembered for ten
     * seconds; revoking a token or changing an account forgets everything at once on this server.
     */
    public Optional<Holder> holder(String token) {
        if (token == null || !token.startsWith("hst_") || token.length() > 100) {
            return Optional.empty();
        }
        return remembered.get(SlowHash.sha256Hex(token), hash -> self.account(token)
                .map(account -> new Holder(account.username(), account.role())));
    }

    void forget(@jakarta.enterprise.event.Observes AccountChanged changed) {
        remembered.forgetAll();
    }

    @Transactional
    Optional<Account> account(String token) {
        var found = em.createQuery(
                        "select t from ApiToken t where t.tokenHash = :hash and t.revoked = false", ApiToken.class)
                .setParameter("hash", SlowHash.sha256Hex(token))
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var stored = found.get();
        var now = clock.instant();
        if (stored.lastUsedAt() == null || stored.lastUsedAt().plus(USE_STAMP).isBefore(now)) {
            stored.used(now);
        }
        return Optional.ofNullable(em.find(Account.class, stored.accountId())).filter(Account::enabled);
    }
}
