package org.happystation.plugins.canteen.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.happystation.plugin.api.ResidentInfo;

/**
 * What the resident chose on the confirmation screen.
 *
 * @param idempotencyKey made when the confirmation screen was built: confirming twice gives one order
 * @param sittingIndex the sitting (0-based) for dine-in; ignored for delivery
 * @param orderer the signed-in resident, whose points pay
 * @param eater who eats: the orderer or a relative they may act for
 */
public record PlaceOrder(
        String idempotencyKey,
        LocalDate day,
        Meal meal,
        int sittingIndex,
        boolean delivery,
        String menuId,
        ResidentInfo orderer,
        ResidentInfo eater,
        Payment payment) {

    public PlaceOrder {
        Objects.requireNonNull(idempotencyKey, "An order needs an idempotency key.");
        Objects.requireNonNull(day, "An order needs a day.");
        Objects.requireNonNull(meal, "An order needs a meal.");
        Objects.requireNonNull(orderer, "An order needs the resident who orders.");
        Objects.requireNonNull(eater, "An order needs the resident who eats.");
        Objects.requireNonNull(payment, "An order needs a way to pay.");
        menuId = menuId == null ? "" : menuId;
    }
}
