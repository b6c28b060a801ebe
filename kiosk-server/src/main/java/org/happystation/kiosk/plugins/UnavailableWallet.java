package org.happystation.kiosk.plugins;

import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.ResidentInfo;

/**
 * The points wallet until the volunteer module provides one: it says that points cannot be used here,
 * so that plugins show residents another way to pay instead of failing.
 */
public class UnavailableWallet implements PointsWallet {

    private static final String WHY = "Volunteer points are not available on this server yet.";

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public long balance(ResidentInfo resident) {
        throw new PointsUnavailableException(WHY);
    }

    @Override
    public void charge(ResidentInfo resident, long points, String idempotencyKey, String reason) {
        throw new PointsUnavailableException(WHY);
    }

    @Override
    public void refund(String idempotencyKeyOfCharge, String reason) {
        throw new PointsUnavailableException(WHY);
    }
}
