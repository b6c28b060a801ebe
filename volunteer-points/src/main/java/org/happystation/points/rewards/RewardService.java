package org.happystation.points.rewards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.happystation.points.base.Codes;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;
import org.happystation.points.base.UniqueKeys;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.Leg;
import org.happystation.points.ledger.Posting;
import org.happystation.points.ledger.TransactionKind;
import org.happystation.points.volunteers.VolunteerService;

/**
 * The catalogue and its vouchers. Redeeming pays, counts stock down and issues the voucher in one
 * transaction; it locks the wallet's row before it counts vouchers, so one volunteer's redemptions queue behind
 * each other and the per-person limit holds.
 */
@ApplicationScoped
public class RewardService {

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    VolunteerService volunteers;

    @Inject
    Clock clock;

    @Inject
    RewardService self;

    @Transactional
    public Reward add(Operator operator, StationRef station, RewardDetails details) {
        operator.requireManagerOf(station);
        var reward = new Reward(station, details, clock.instant());
        em.persist(reward);
        return reward;
    }

    @Transactional
    public Reward change(Operator operator, long rewardId, RewardDetails details) {
        var reward = reward(rewardId);
        operator.requireManagerOf(reward.station());
        reward.change(details);
        return reward;
    }

    public Reward reward(long rewardId) {
        var reward = em.find(Reward.class, rewardId);
        if (reward == null) {
            throw new PointsRefused(Reason.NOT_FOUND, "No reward " + rewardId);
        }
        return reward;
    }

    public List<Reward> catalogue(StationRef station, boolean activeOnly) {
        return em.createQuery(
                        "select r from Reward r where r.stationId = :station"
                                + (activeOnly ? " and r.active = true" : "") + " order by r.price, r.id",
                        Reward.class)
                .setParameter("station", station.id())
                .getResultList();
    }

    /** Rewards of every station, for a volunteer's phone: points are valid citywide. */
    public List<Reward> allActive() {
        return em.createQuery(
                        "select r from Reward r where r.active = true order by r.stationId, r.price, r.id",
                        Reward.class)
                .getResultList();
    }

    /**
     * Redeems points for a voucher. The redemption key makes a double click or a retried request give the
     * same voucher instead of a second one.
     */
    public Voucher redeem(Operator operator, long volunteerId, long rewardId, String redemptionKey) {
        var volunteer = volunteers.get(new org.happystation.points.volunteers.VolunteerId(volunteerId));
        operator.requireSelfOrStaffOf(volunteerId, volunteer.station());
        if (redemptionKey == null || redemptionKey.isBlank() || redemptionKey.length() > 100) {
            throw new PointsRefused(Reason.INVALID_INPUT, "A redemption needs a key of 1 to 100 characters.");
        }
        try {
            return self.redeemNow(volunteerId, rewardId, redemptionKey);
        } catch (Ledger.DuplicateKey | TransactionalException again) {
            if (again instanceof TransactionalException && !UniqueKeys.violated(again)) {
                throw again;
            }
            return self.byRedemptionKey(redemptionKey)
                    .filter(voucher -> voucher.volunteerId() == volunteerId && voucher.rewardId() == rewardId)
                    .orElseThrow(() -> new PointsRefused(
                            Reason.KEY_REUSED, "Redemption key " + redemptionKey + " was used for something else."));
        }
    }

    @Transactional
    public Voucher redeemNow(long volunteerId, long rewardId, String redemptionKey) {
        var reward = reward(rewardId);
        if (!reward.active()) {
            throw new PointsRefused(Reason.OUT_OF_STOCK, "This reward is no longer offered.");
        }
        ledger.post(new Posting(
                "redeem-" + redemptionKey,
                TransactionKind.REDEEM,
                reward.title(),
                Leg.transfer(
                        Account.walletOfVolunteer(volunteerId),
                        Account.rewardsOf(reward.station().id()),
                        reward.price())));
        if (reward.perPersonLimit() != null) {
            long held = em.createQuery(
                            "select count(v) from Voucher v where v.volunteerId = :volunteer and v.rewardId = :reward"
                                    + " and v.status <> :cancelled",
                            Long.class)
                    .setParameter("volunteer", volunteerId)
                    .setParameter("reward", rewardId)
                    .setParameter("cancelled", VoucherStatus.CANCELLED)
                    .getSingleResult();
            if (held >= reward.perPersonLimit()) {
                throw new PointsRefused(
                        Reason.LIMIT_REACHED, "Each person may hold " + reward.perPersonLimit() + " of this reward.");
            }
        }
        if (reward.stock() != null) {
            int taken = em.createNativeQuery("update reward set stock = stock - 1 where id = ?1 and stock > 0")
                    .setParameter(1, rewardId)
                    .executeUpdate();
            if (taken != 1) {
                throw new PointsRefused(Reason.OUT_OF_STOCK, "This reward is out of stock.");
            }
        }
        var voucher =
                new Voucher(Codes.readable(8), rewardId, volunteerId, reward.price(), redemptionKey, clock.instant());
        try {
            em.persist(voucher);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e)) {
                throw new Ledger.DuplicateKey(redemptionKey);
            }
            throw e;
        }
        return voucher;
    }

    @Transactional
    public Optional<Voucher> byRedemptionKey(String redemptionKey) {
        return em.createQuery("select v from Voucher v where v.redemptionKey = :key", Voucher.class)
                .setParameter("key", redemptionKey)
                .getResultStream()
                .findFirst();
    }

    /** Staff accept a voucher once, at the station whose reward it is. */
    @Transactional
    public Voucher accept(Operator operator, String code) {
        var voucher = locked(code);
        var reward = reward(voucher.rewardId());
        operator.requireStaffOf(reward.station());
        voucher.accept(operator.name(), clock.instant());
        return voucher;
    }

    /** An unused voucher cancelled by its holder or by staff: the points go back and the stock returns. */
    @Transactional
    public Voucher cancel(Operator operator, String code) {
        var voucher = locked(code);
        var reward = reward(voucher.rewardId());
        if (operator.volunteer().map(own -> own != voucher.volunteerId()).orElse(true)) {
            operator.requireStaffOf(reward.station());
        }
        voucher.cancel(operator.name(), clock.instant());
        ledger.reverse("redeem-" + voucher.redemptionKey(), "cancel-voucher-" + voucher.code(), "退回 " + reward.title());
        if (reward.stock() != null) {
            em.createNativeQuery("update reward set stock = stock + 1 where id = ?1")
                    .setParameter(1, reward.id())
                    .executeUpdate();
        }
        return voucher;
    }

    private Voucher locked(String code) {
        String normalised =
                code == null ? "" : code.strip().toUpperCase().replace(" ", "").replace("-", "");
        return em.createQuery("select v from Voucher v where v.code = :code", Voucher.class)
                .setParameter("code", normalised)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PointsRefused(Reason.NOT_FOUND, "No voucher with code " + normalised));
    }

    public Optional<Voucher> byCode(String code) {
        String normalised =
                code == null ? "" : code.strip().toUpperCase().replace(" ", "").replace("-", "");
        return em.createQuery("select v from Voucher v where v.code = :code", Voucher.class)
                .setParameter("code", normalised)
                .getResultStream()
                .findFirst();
    }

    public List<Voucher> ofVolunteer(long volunteerId) {
        return em.createQuery(
                        "select v from Voucher v where v.volunteerId = :volunteer order by v.id desc", Voucher.class)
                .setParameter("volunteer", volunteerId)
                .getResultList();
    }

    public List<Voucher> ofStation(StationRef station, int limit) {
        return em.createQuery(
                        "select v from Voucher v, Reward r where v.rewardId = r.id and r.stationId = :station order by v.id desc",
                        Voucher.class)
                .setParameter("station", station.id())
                .setMaxResults(limit)
                .getResultList();
    }
}
