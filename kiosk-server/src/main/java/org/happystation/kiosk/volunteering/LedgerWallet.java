package org.happystation.kiosk.volunteering;

import java.util.Optional;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
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
import org.happystation.points.volunteers.VolunteerService;

/**
 * The plugin API's points wallet on the volunteer module's ledger, for one station: a resident's wallet
 * is the wallet of the volunteer registered with the same phone number, and charges go to the station's
 * service account under the plugin's idempotency key.
 */
public record LedgerWallet(
        String pluginId,
        long stationId,
        ResidentService residents,
        VolunteerService volunteers,
        Wallets wallets,
        Ledger ledger)
        implements PointsWallet {

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public long balance(ResidentInfo resident) {
        return walletOf(resident).map(ledger::balance).orElse(Points.ZERO).amount();
    }

    @Override
    public void charge(ResidentInfo resident, long points, String idempotencyKey, String reason) {
        var wallet = walletOf(resident)
                .orElseThrow(() -> new IllegalStateException(
                        resident.name() + " is not a registered volunteer and has no points."));
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

    private Optional<Account> walletOf(ResidentInfo resident) {
        return residents
                .resident(new ResidentId(resident.id()))
                .flatMap(found -> volunteers.byPhoneLookup(found.phoneLookup()))
                .map(volunteer -> Account.walletOfVolunteer(volunteer.id().value()));
    }
}
