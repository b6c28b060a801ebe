package org.happystation.kiosk.volunteering;

import org.happystation.kiosk.residents.ResidentId;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.Leg;
import org.happystation.points.ledger.Points;
import org.happystation.points.ledger.Posting;
import org.happystation.points.ledger.TransactionKind;
import org.happystation.points.ledger.Wallets;

/**
 * The plugin API's points wallet on the volunteer module's ledger, for one station: a resident pays from
 * their wallet ({@link ResidentWallets}), and charges go to the station's service account under the
 * plugin's idempotency key.
 */
public record LedgerWallet(
        String pluginId, long stationId, ResidentWallets residentWallets, Wallets wallets, Ledger ledger)
        implements PointsWallet {

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public long balance(ResidentInfo resident) {
        return ledger.balance(walletOf(resident)).amount();
    }

    @Override
    public void charge(ResidentInfo resident, long points, String idempotencyKey, String reason) {
        var wallet = walletOf(resident);
        try {
            wallets.postOnce(
                    new Posting(
                            chargeKey(idempotencyKey),
                            TransactionKind.CHARGE,
                            reason,
                            Leg.transfer(wallet, Account.servicesOf(stationId), Points.of(points))),
                    wallet);
        } catch (PointsRefused refused) {
            throw new IllegalStateException(refused.getMessage(), refused);
        }
    }

    @Override
    public void refund(String idempotencyKeyOfCharge, String reason) {
        try {
            wallets.refundOnce(chargeKey(idempotencyKeyOfCharge), reason);
        } catch (PointsRefused refused) {
            throw new IllegalStateException(refused.getMessage(), refused);
        }
    }

    /** Plugins choose their keys; the plugin id in front keeps two plugins' keys apart. */
    private String chargeKey(String key) {
        return "plugin-" + pluginId + "-" + key;
    }

    private Account walletOf(ResidentInfo resident) {
        return residentWallets.walletOf(new ResidentId(resident.id()));
    }
}
