package org.happystation.points.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;

/**
 * Moves between wallets that must be idempotent on their own, outside any caller's transaction: a charge
 * from a station service, its refund, a donation. Retrying with the same key returns the first result;
 * the same key for a different movement is refused.
 */
@ApplicationScoped
public class Wallets {

    @Inject
    Ledger ledger;

    @Inject
    Wallets self;

    @Inject
    org.happystation.points.host.Relatives relatives;

    /** Posts once per key. True when this call wrote it, false when an identical one was there already. */
    public boolean postOnce(Posting posting, Account checkAccount) {
        try {
            self.postNew(posting);
            return true;
        } catch (Ledger.DuplicateKey | jakarta.transaction.TransactionalException duplicate) {
            if (duplicate instanceof jakarta.transaction.TransactionalException
                    && !org.happystation.points.base.UniqueKeys.violated(duplicate)) {
                throw duplicate;
            }
            long expected = posting.legs().stream()
                    .filter(leg -> leg.account().equals(checkAccount))
                    .mapToLong(Leg::amount)
                    .sum();
            long found = self.amountFor(posting.idempotencyKey(), checkAccount);
            if (found != expected) {
                throw new PointsRefused(
                        Reason.KEY_REUSED,
                        "Key " + posting.idempotencyKey() + " was used for a different movement of points.");
            }
            return false;
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void postNew(Posting posting) {
        ledger.post(posting);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public long amountFor(String key, Account account) {
        return ledger.amountFor(key, account).orElse(0L);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean exists(String key) {
        return ledger.byKey(key).isPresent();
    }

    /** Gives back what a charge took, once, whatever the number of retries. */
    public boolean refundOnce(String chargeKey, String memo) {
        String refundKey = "refund-of-" + chargeKey;
        if (!self.exists(chargeKey)) {
            throw new PointsRefused(Reason.NOT_FOUND, "No charge " + chargeKey + " to refund.");
        }
        try {
            self.reverseNew(chargeKey, refundKey, memo);
            return true;
        } catch (Ledger.DuplicateKey duplicate) {
            return false;
        } catch (jakarta.transaction.TransactionalException e) {
            if (org.happystation.points.base.UniqueKeys.violated(e)) {
                return false;
            }
            throw e;
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void reverseNew(String originalKey, String reversalKey, String memo) {
        ledger.reverse(originalKey, reversalKey, memo);
    }

    /** A volunteer gives points to the community fund, from which managers grant them to residents in need. */
    public boolean donate(org.happystation.points.base.Operator operator, long volunteerId, Points points, String key) {
        if (operator.volunteer().map(own -> own != volunteerId).orElse(true)) {
            throw new PointsRefused(Reason.NOT_PERMITTED, "Only the volunteer can donate their own points.");
        }
        return postOnce(
                new Posting(
                        "donate-" + key,
                        TransactionKind.DONATION,
                        "捐赠社区基金",
                        Leg.transfer(Account.walletOfVolunteer(volunteerId), Account.COMMUNITY_FUND, points)),
                Account.COMMUNITY_FUND);
    }

    /** A manager grants points from the community fund to a volunteer's wallet. */
    public boolean grant(
            org.happystation.points.base.Operator operator,
            org.happystation.points.base.StationRef station,
            long volunteerId,
            Points points,
            String why,
            String key) {
        operator.requireManagerOf(station);
        return postOnce(
                new Posting(
                        "grant-" + key,
                        TransactionKind.GRANT,
                        why,
                        Leg.transfer(Account.COMMUNITY_FUND, Account.walletOfVolunteer(volunteerId), points)),
                Account.COMMUNITY_FUND);
    }

    /**
     * A volunteer gives points to a linked relative: to nobody else, and once per key, so that a double
     * click gives once.
     */
    public boolean give(
            org.happystation.points.base.Operator operator,
            long volunteerId,
            Account relativeWallet,
            Points points,
            String key) {
        if (operator.volunteer().map(own -> own != volunteerId).orElse(true)) {
            throw new PointsRefused(Reason.NOT_PERMITTED, "Only the volunteer can give their own points.");
        }
        boolean linked = relatives.of(new org.happystation.points.volunteers.VolunteerId(volunteerId)).stream()
                .anyMatch(relative -> relative.wallet().equals(relativeWallet));
        if (!linked) {
            throw new PointsRefused(Reason.NOT_PERMITTED, "Points go only to a linked relative.");
        }
        return postOnce(
                new Posting(
                        "gift-" + key,
                        TransactionKind.GIFT,
                        "赠送亲属",
                        Leg.transfer(Account.walletOfVolunteer(volunteerId), relativeWallet, points)),
                relativeWallet);
    }
}
