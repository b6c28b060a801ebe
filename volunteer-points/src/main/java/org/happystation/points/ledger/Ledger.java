package org.happystation.points.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
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

    /** The persistence unit's datasource: inside a transaction it hands out that transaction's connection. */
    @Resource(lookup = "java:jboss/datasources/StationDS")
    DataSource dataSource;

    /**
     * Writes the transaction or refuses it whole. The idempotency key is inserted first, so a second
     * posting with the same key stops at the unique key ({@link Reason#KEY_REUSED}) before any balance
     * moves; balances move with a guarded update that never takes a wallet below zero
     * ({@link Reason#INSUFFICIENT_POINTS}). Accounts are updated in one global order (see {@code write}),
     * so that no two transactions can deadlock. Call it last in a transaction: it takes the row locks.
     */
    @Transactional(TxType.MANDATORY)
    public long post(Posting posting) {
        return write(posting, null);
    }

    /**
     * Plain JDBC on the transaction's own connection (the server shares one connection per transaction),
     * because this is the hottest path of the module: one insert for the transaction, one batch for its
     * entries, one guarded update per account, and nothing for an ORM to track.
     */
    private long write(Posting posting, Long reverses) {
        var moves = new ArrayList<long[]>();
        for (Leg leg : posting.legs()) {
            moves.add(new long[] {
                accounts.idOf(leg.account()), leg.amount(), leg.account().kind() == AccountKind.ISSUING ? 1 : 0
            });
        }
        // One lock order for every transaction, so none can deadlock: wallets and the other accounts by
        // id, the issuing account last. Every credit touches the issuing account, so taking its row lock
        // last, just before the commit, keeps the time it is held (and other credits wait) shortest.
        moves.sort(Comparator.<long[]>comparingLong(move -> move[2]).thenComparingLong(move -> move[0]));
        try (Connection connection = dataSource.getConnection()) {
            long id = insertTransaction(connection, posting, reverses);
            try (var entries = connection.prepareStatement(
                    "insert into ledger_entry (transaction_id, account_id, amount) values (?, ?, ?)")) {
                for (long[] move : moves) {
                    entries.setLong(1, id);
                    entries.setLong(2, move[0]);
                    entries.setLong(3, move[1]);
                    entries.addBatch();
                }
                entries.executeBatch();
            }
            try (var balances = connection.prepareStatement("update ledger_account set balance = balance + ?"
                    + " where id = ? and (kind = 'ISSUING' or balance + ? >= 0)")) {
                for (long[] move : moves) {
                    balances.setLong(1, move[1]);
                    balances.setLong(2, move[0]);
                    balances.setLong(3, move[1]);
                    if (balances.executeUpdate() != 1) {
                        throw new PointsRefused(
                                Reason.INSUFFICIENT_POINTS, "Not enough points for " + posting.idempotencyKey());
                    }
                }
            }
            return id;
        } catch (SQLException e) {
            throw new PersistenceException("Writing ledger transaction " + posting.idempotencyKey() + " failed", e);
        }
    }

    private long insertTransaction(Connection connection, Posting posting, Long reverses) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into ledger_transaction (idempotency_key, kind, memo, reverses_id, created_at)"
                        + " values (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, posting.idempotencyKey());
            insert.setString(2, posting.kind().name());
            insert.setString(3, posting.memo());
            if (reverses == null) {
                insert.setNull(4, Types.BIGINT);
            } else {
                insert.setLong(4, reverses);
            }
            insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (UniqueKeys.violated(e)) {
                throw new DuplicateKey(posting.idempotencyKey());
            }
            throw e;
        }
    }

    /**
     * Undoes a transaction with a new one whose entries are its entries negated. A wallet that has spent
     * the points since cannot be reversed below zero; that refusal is the ledger's rule, not an error.
     */
    @Transactional(TxType.MANDATORY)
    public long reverse(String originalKey, String reversalKey, String memo) {
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

    /** What an account holds; the issuing account, which alone goes negative, shows as zero. */
    public Points balance(Account account) {
        return new Points(Math.max(0, signedBalance(account)));
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
