package org.happystation.plugins.canteen.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.happystation.plugin.api.RecordStore.StoredRecord;

/**
 * A meal order as stored in the collection {@code orders}. An order with pick-up number 0 is still being
 * placed (or its kiosk stopped half-way); screens and reports skip it until it is complete.
 */
public record Order(
        String id,
        long version,
        LocalDate day,
        Meal meal,
        int sittingIndex,
        String sittingLabel,
        boolean delivery,
        String menuId,
        long eaterId,
        String eaterName,
        long ordererId,
        Tier tier,
        long basePriceFen,
        long subsidyFen,
        long points,
        long pointsValueFen,
        long amountDueFen,
        Payment payment,
        long pickupNumber,
        String bookingId,
        OrderState state,
        boolean pointsCharged,
        boolean refunded,
        boolean counterPaid,
        String idempotencyKey,
        Instant createdAt,
        Instant updatedAt) {

    public static final String COLLECTION = "orders";

    /** The wallet's idempotency key of this order's charge. */
    public String chargeKey() {
        return "canteen-order-" + id;
    }

    /** What a QR code of this order says, read back by the counter's scanner. */
    public String qrContent() {
        return "canteen:" + id;
    }

    /** Whether placing the order has finished. */
    public boolean placed() {
        return pickupNumber > 0;
    }

    /** The order as JSON, without its id and version (the store keeps those). */
    public String toJson() {
        var map = new LinkedHashMap<String, Object>();
        map.put("day", day.toString());
        map.put("meal", meal.key());
        map.put("sitting", (long) sittingIndex);
        map.put("sittingLabel", sittingLabel);
        map.put("delivery", delivery);
        map.put("menuId", menuId);
        map.put("eaterId", String.valueOf(eaterId));
        map.put("eaterName", eaterName);
        map.put("ordererId", String.valueOf(ordererId));
        map.put("tier", tier.name());
        map.put("basePrice", basePriceFen);
        map.put("subsidy", subsidyFen);
        map.put("points", points);
        map.put("pointsValue", pointsValueFen);
        map.put("amountDue", amountDueFen);
        map.put("payment", payment.name());
        map.put("pickupNumber", pickupNumber);
        map.put("bookingId", bookingId);
        map.put("state", state.name());
        map.put("pointsCharged", pointsCharged);
        map.put("refunded", refunded);
        map.put("counterPaid", counterPaid);
        map.put("idempotencyKey", idempotencyKey);
        map.put("createdAt", createdAt.toString());
        map.put("updatedAt", updatedAt.toString());
        return Json.write(map);
    }

    /** Reads a stored order. */
    public static Order from(StoredRecord stored) {
        Map<String, Object> map = Json.parseObject(stored.json());
        return new Order(
                stored.id(),
                stored.version(),
                LocalDate.parse(Json.text(map, "day")),
                Meal.of(Json.text(map, "meal")),
                (int) Json.number(map, "sitting"),
                Json.text(map, "sittingLabel"),
                Json.yes(map, "delivery"),
                Json.text(map, "menuId"),
                Long.parseLong(Json.text(map, "eaterId")),
                Json.text(map, "eaterName"),
                Long.parseLong(Json.text(map, "ordererId")),
                Tier.valueOf(Json.text(map, "tier")),
                Json.number(map, "basePrice"),
                Json.number(map, "subsidy"),
                Json.number(map, "points"),
                Json.number(map, "pointsValue"),
                Json.number(map, "amountDue"),
                Payment.valueOf(Json.text(map, "payment")),
                Json.number(map, "pickupNumber"),
                Json.text(map, "bookingId"),
                OrderState.valueOf(Json.text(map, "state")),
                Json.yes(map, "pointsCharged"),
                Json.yes(map, "refunded"),
                Json.yes(map, "counterPaid"),
                Json.text(map, "idempotencyKey"),
                Instant.parse(Json.text(map, "createdAt")),
                Instant.parse(Json.text(map, "updatedAt")));
    }

    Order placedWith(String newBookingId, boolean charged, long pickup, Instant now) {
        OrderState newState = amountDueFen == 0 ? OrderState.PAID : OrderState.ORDERED;
        return new Order(
                id,
                version,
                day,
                meal,
                sittingIndex,
                sittingLabel,
                delivery,
                menuId,
                eaterId,
                eaterName,
                ordererId,
                tier,
                basePriceFen,
                subsidyFen,
                points,
                pointsValueFen,
                amountDueFen,
                payment,
                pickup,
                newBookingId,
                newState,
                charged,
                refunded,
                counterPaid,
                idempotencyKey,
                createdAt,
                now);
    }

    Order withBooking(String newBookingId) {
        return new Order(
                id,
                version,
                day,
                meal,
                sittingIndex,
                sittingLabel,
                delivery,
                menuId,
                eaterId,
                eaterName,
                ordererId,
                tier,
                basePriceFen,
                subsidyFen,
                points,
                pointsValueFen,
                amountDueFen,
                payment,
                pickupNumber,
                newBookingId,
                state,
                pointsCharged,
                refunded,
                counterPaid,
                idempotencyKey,
                createdAt,
                updatedAt);
    }

    Order movedTo(OrderState newState, Instant now) {
        boolean paidAtCounter = counterPaid || (state == OrderState.ORDERED && newState == OrderState.PAID);
        return new Order(
                id,
                version,
                day,
                meal,
                sittingIndex,
                sittingLabel,
                delivery,
                menuId,
                eaterId,
                eaterName,
                ordererId,
                tier,
                basePriceFen,
                subsidyFen,
                points,
                pointsValueFen,
                amountDueFen,
                payment,
                pickupNumber,
                bookingId,
                newState,
                pointsCharged,
                refunded,
                paidAtCounter,
                idempotencyKey,
                createdAt,
                now);
    }

    Order markedRefunded(Instant now) {
        return new Order(
                id,
                version,
                day,
                meal,
                sittingIndex,
                sittingLabel,
                delivery,
                menuId,
                eaterId,
                eaterName,
                ordererId,
                tier,
                basePriceFen,
                subsidyFen,
                points,
                pointsValueFen,
                amountDueFen,
                payment,
                pickupNumber,
                bookingId,
                state,
                pointsCharged,
                true,
                counterPaid,
                idempotencyKey,
                createdAt,
                now);
    }
}
