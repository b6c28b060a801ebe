package org.happystation.points.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.UniqueKeys;

/**
 * Writes and reads the double-entry ledger. {@link #post} joins the caller's transaction, so a service
 * record is approved and credited, or a voucher issued and paid for, together or not at all.
 */
@ApplicationScoped
public class Ledger {

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LedgerAccounts accounts;

    /**
     * Writes the transaction or refuses it whole. The idempotency key is inserted first, so a second
     * posting with the same key stops at the unique key ({@link Reason#KEY_REUSED}) before any balance
     * moves; balances move with a guarded update that never takes a wallet below zero
     * ({@link Reason#INSUFFICIENT_POINTS}). Accounts are updated in id order, so that two transactions
     * between the same wallets cannot deadlock.
     */
    @Transactional(TxType.MANDATORY)
    public LedgerTransaction post(Posting posting) {
        return write(posting, null);
    }

    private LedgerTransaction write(Posting posting, Long reverses) {
        var ids = new ArrayList<long[]>();
        for (Leg leg : posting.legs()) {
            ids.add(new long[] {accounts.idOf(leg.account()), leg.amount()});
        }
        var transaction = new LedgerTransaction(posting, reverses, clock.instant());
        try {
            em.persist(transaction);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                throw new DuplicateKey(posting.idempotencyKey());
            }
            throw e;
        }
        ids.sort(Comparator.comparingLong(pair -> pair[0]));
        for (long[] pair : ids) {
            int changed = em.createNativeQuery("update ledger_account set balance = balance + ?1"
                            + " where id = ?2 and (kind = 'ISSUING' or balance + ?1 >= 0)")
                    .setParameter(1, pair[1])
                    .setParameter(2, pair[0])
                    .executeUpdate();
            if (changed != 1) {
                throw new PointsRefused(
                        Reason.INSUFFICIENT_POINTS, "Not enough points for " + posting.idempotencyKey());
            }
            em.persist(new LedgerEntry(transaction.id(), pair[0], pair[1]));
        }
        return transaction;
    }

    /**
     * Undoes a transaction with a new one whose entries are its entries negated. A wallet that has spent
     * the points since cannot be reversed below zero; that refusal is the ledger's rule, not an error.
     */
    @Transactional(TxType.MANDATORY)
    public LedgerTransaction reverse(String originalKey, String reversalKey, String memo) {
        var original = byKey(originalKey)
                .orElseThrow(() -> new PointsRefused(Reason.NOT_FOUND, "No ledger transaction " + originalKey));
        List<Object[]> rows = em.createQuery(
                        "select a.kind, a.holder, e.amount from LedgerEntry e, LedgerAccount a"
                                + " where e.accountId = a.id and e.transactionId = :tx",
                        Object[].class)
                .setParameter("tx", original.id())
                .getResultList();
        var legs = rows.stream()
                .map(row -> new Leg(new Account((AccountKind) row[0], (String) row[1]), -((Long) row[2])))
                .toList();
        return write(new Posting(reversalKey, TransactionKind.REVERSAL, memo, legs), original.id());
    }

    public Optional<LedgerTransaction> byKey(String idempotencyKey) {
        return em.createQuery(
                        "select t from LedgerTransaction t where t.idempotencyKey = :key", LedgerTransaction.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /** The amount a transaction moved into this account, if it touched it. */
    public Optional<Long> amountFor(String idempotencyKey, Account account) {
        return em.createQuery(
                        "select e.amount from LedgerEntry e, LedgerAccount a, LedgerTransaction t"
                                + " where e.accountId = a.id and e.transactionId = t.id and a.holder = :holder"
                                + " and t.idempotencyKey = :key",
                        Long.class)
                .setParameter("holder", account.holder())
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    @Transactional(TxType.SUPPORTS)
    public Points balance(Account account) {
        return em.createQuery("select a.balance from LedgerAccount a where a.holder = :holder", Long.class)
                .setParameter("holder", account.holder())
                .getResultStream()
                .findFirst()
                .map(balance -> new Points(Math.max(0, balance)))
                .orElse(Points.ZERO);
    }

    /** The signed balance; negative only for the issuing account. */
    public long signedBalance(Account account) {
        return em.createQuery("select a.balance from LedgerAccount a where a.holder = :holder", Long.class)
                .setParameter("holder", account.holder())
                .getResultStream()
                .findFirst()
                .orElse(0L);
    }

    /** The newest lines first, each with the balance after it. */
    public List<StatementLine> statement(Account account, int limit) {
        List<Object[]> rows = em.createQuery(
                        "select t.createdAt, t.kind, t.memo, t.idempotencyKey, e.amount"
                                + " from LedgerEntry e, LedgerAccount a, LedgerTransaction t"
                                + " where e.accountId = a.id and e.transactionId = t.id and a.holder = :holder"
                                + " order by t.id desc",
                        Object[].class)
                .setParameter("holder", account.holder())
                .setMaxResults(limit)
                .getResultList();
        long balance = signedBalance(account);
        var lines = new ArrayList<StatementLine>();
        for (Object[] row : rows) {
            long amount = (Long) row[4];
            lines.add(new StatementLine(
                    (java.time.Instant) row[0],
                    (TransactionKind) row[1],
                    (String) row[2],
                    (String) row[3],
                    amount,
                    balance));
            balance -= amount;
        }
        return lines;
    }

    /** Transactions whose key starts with a prefix or that touched an account, newest first: the console's search. */
    public List<LedgerTransaction> search(String keyPrefix, int limit) {
        return em.createQuery(
                        "select t from LedgerTransaction t where t.idempotencyKey like :prefix order by t.id desc",
                        LedgerTransaction.class)
                .setParameter("prefix", keyPrefix.replace("%", "").replace("_", "\\_") + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** Thrown when a transaction with this key exists already; the caller decides whether that is success. */
    public static class DuplicateKey extends PointsRefused {
        public DuplicateKey(String key) {
            super(Reason.KEY_REUSED, "A ledger transaction with key " + key + " exists already.");
        }
    }

    /** Opens accounts on first use, each in its own short transaction, so that two first uses at once both succeed. */
    @ApplicationScoped
    public static class LedgerAccounts {

        @PersistenceContext(unitName = "points")
        EntityManager em;

        @Inject
        Clock clock;

        @Inject
        AccountOpener opener;

        private final java.util.concurrent.ConcurrentHashMap<String, Long> ids =
                new java.util.concurrent.ConcurrentHashMap<>();

        long idOf(Account account) {
            Long known = ids.get(account.holder());
            if (known != null) {
                return known;
            }
            long id = find(account).orElseGet(() -> {
                try {
                    opener.open(account);
                } catch (RuntimeException e) {
                    if (!UniqueKeys.violated(e)) {
                        throw e;
                    }
                }
                return find(account).orElseThrow();
            });
            ids.put(account.holder(), id);
            return id;
        }

        private Optional<Long> find(Account account) {
            return em.createQuery("select a.id from LedgerAccount a where a.holder = :holder", Long.class)
                    .setParameter("holder", account.holder())
                    .getResultStream()
                    .findFirst();
        }
    }

    @ApplicationScoped
    public static class AccountOpener {

        @PersistenceContext(unitName = "points")
        EntityManager em;

        @Inject
        Clock clock;

        @Transactional(TxType.REQUIRES_NEW)
        public void open(Account account) {
            em.persist(new LedgerAccount(account, clock.instant()));
            em.flush();
        }
    }
}
