package org.happystation.plugins.canteen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.ResidentInfo;
import org.junit.jupiter.api.Test;

class OrdersTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final ResidentInfo WANG = new ResidentInfo(1, "王秀兰", 1943);
    private static final ResidentInfo LI = new ResidentInfo(2, "李强", 1970);

    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final InMemoryReservations reservations = new InMemoryReservations();
    private final InMemoryWallet wallet = new InMemoryWallet();
    private final Map<String, Long> counterValues = new HashMap<>();
    private final Counters counters = new Counters() {
        @Override
        public long next(String name) {
            return counterValues.merge(name + "@today", 1L, Long::sum);
        }

        @Override
        public long next(String name, java.time.LocalDate day) {
            return counterValues.merge(name + "@" + day, 1L, Long::sum);
        }
    };

    private Orders ordersAt(String time, Map<String, String> settings) {
        var clock = Clock.fixed(
                ZonedDateTime.of(TODAY, java.time.LocalTime.parse(time), SHANGHAI)
                        .toInstant(),
                SHANGHAI);
        var all = new HashMap<>(CanteenRules.DEFAULTS);
        all.putAll(settings);
        return new Orders(records, reservations, counters, wallet, clock, CanteenRules.from(all::get));
    }

    private Orders orders() {
        return ordersAt("08:00", Map.of());
    }

    private static PlaceOrder lunch(String key, ResidentInfo eater, Payment payment) {
        return new PlaceOrder(key, TODAY, Meal.LUNCH, 0, false, "", eater, eater, payment);
    }

    @Test
    void a_dine_in_order_books_a_seat_and_gets_a_pick_up_number() {
        Order order = orders().place(lunch("k1", WANG, Payment.COUNTER));

        assertThat(order.pickupNumber()).isEqualTo(1);
        assertThat(order.state()).isEqualTo(OrderState.ORDERED);
        assertThat(order.tier()).isEqualTo(Tier.AGE_80_PLUS);
        assertThat(order.amountDueFen()).isEqualTo(500);
        assertThat(order.bookingId()).isNotEmpty();
        assertThat(orders().slots().freeSeats(TODAY, Meal.LUNCH, 0)).isEqualTo(349);
    }

    @Test
    void an_order_paid_with_points_is_paid_and_takes_the_points() {
        wallet.give(WANG, 5);

        Order order = orders().place(lunch("k1", WANG, Payment.POINTS));

        assertThat(order.state()).isEqualTo(OrderState.PAID);
        assertThat(order.points()).isEqualTo(2);
        assertThat(order.amountDueFen()).isZero();
        assertThat(wallet.balance(WANG)).isEqualTo(3);
    }

    @Test
    void a_full_sitting_refuses_the_order_and_leaves_no_waitlist_booking_or_order() {
        Orders orders = ordersAt("08:00", Map.of(CanteenRules.SEATS, "1"));
        orders.place(lunch("k1", WANG, Payment.COUNTER));

        assertThatThrownBy(() -> orders.place(lunch("k2", LI, Payment.COUNTER)))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("order.sitting-full"));
        assertThat(reservations.waiting()).isZero();
        assertThat(orders.ordersOn(TODAY)).extracting(Order::eaterName).containsExactly("王秀兰");
    }

    @Test
    void an_order_after_the_cut_off_is_refused() {
        Orders orders = ordersAt("10:30", Map.of());

        assertThatThrownBy(() -> orders.place(lunch("k1", WANG, Payment.COUNTER)))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("order.past-cutoff"));
        assertThat(orders.ordersOn(TODAY)).isEmpty();
    }

    @Test
    void the_second_sitting_is_still_open_when_the_first_has_closed() {
        Orders orders = ordersAt("10:30", Map.of());

        Order order = orders.place(new PlaceOrder("k1", TODAY, Meal.LUNCH, 1, false, "", WANG, WANG, Payment.COUNTER));

        assertThat(order.sittingLabel()).isEqualTo("12:00-13:00");
    }

    @Test
    void confirming_twice_with_one_key_gives_one_order_and_one_charge() {
        wallet.give(WANG, 5);
        Orders orders = orders();

        Order first = orders.place(lunch("same-key", WANG, Payment.POINTS));
        Order second = orders.place(lunch("same-key", WANG, Payment.POINTS));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(orders.ordersOn(TODAY)).hasSize(1);
        assertThat(wallet.charges()).isEqualTo(1);
        assertThat(wallet.balance(WANG)).isEqualTo(3);
    }

    @Test
    void a_confirm_that_stopped_after_storing_the_order_is_finished_by_the_next_confirm_once() {
        wallet.give(WANG, 5);
        Orders orders = orders();
        var request = lunch("k1", WANG, Payment.POINTS);
        Order half = Order.from(
                records.insert(Order.COLLECTION, halfPlaced(orders, request).toJson()));
        wallet.charge(WANG, 2, half.chargeKey(), "charged before the kiosk stopped");

        Order finished = orders.place(request);

        assertThat(finished.id()).isEqualTo(half.id());
        assertThat(finished.pickupNumber()).isPositive();
        assertThat(wallet.balance(WANG)).isEqualTo(3);
    }

    private static Order halfPlaced(Orders orders, PlaceOrder request) {
        Quote quote = orders.quote(request);
        var now = java.time.Instant.parse("2025-06-10T00:00:00Z");
        return new Order(
                "",
                0,
                TODAY,
                Meal.LUNCH,
                0,
                "11:00-12:00",
                false,
                "",
                WANG.id(),
                WANG.name(),
                WANG.id(),
                quote.tier(),
                quote.basePriceFen(),
                quote.subsidyFen(),
                quote.points(),
                quote.pointsValueFen(),
                quote.amountDueFen(),
                Payment.POINTS,
                0,
                "",
                OrderState.ORDERED,
                false,
                false,
                false,
                "k1",
                now,
                now);
    }

    @Test
    void paying_with_more_points_than_the_balance_is_refused_and_keeps_nothing() {
        wallet.give(WANG, 1);
        Orders orders = orders();

        assertThatThrownBy(() -> orders.place(lunch("k1", WANG, Payment.POINTS)))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("order.points-too-few"));
        assertThat(orders.slots().freeSeats(TODAY, Meal.LUNCH, 0)).isEqualTo(350);
    }

    @Test
    void points_are_refused_with_a_reason_when_the_wallet_is_not_available() {
        wallet.switchOff();

        assertThatThrownBy(() -> orders().place(lunch("k1", WANG, Payment.POINTS)))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("order.points-unavailable"));
    }

    @Test
    void cancelling_twice_refunds_the_points_once_and_frees_the_seat() {
        wallet.give(WANG, 2);
        Orders orders = orders();
        Order order = orders.place(lunch("k1", WANG, Payment.POINTS));

        orders.cancel(order.id());
        Order again = orders.cancel(order.id());

        assertThat(again.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(again.refunded()).isTrue();
        assertThat(wallet.balance(WANG)).isEqualTo(2);
        assertThat(wallet.refundCalls).isEqualTo(1);
        assertThat(orders.slots().freeSeats(TODAY, Meal.LUNCH, 0)).isEqualTo(350);
    }

    @Test
    void cancelling_after_the_cut_off_is_refused() {
        Order order = orders().place(lunch("k1", WANG, Payment.COUNTER));

        assertThatThrownBy(() -> ordersAt("10:15", Map.of()).cancel(order.id()))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("cancel.past-cutoff"));
    }

    @Test
    void the_same_eater_cannot_order_the_same_meal_twice() {
        Orders orders = orders();
        orders.place(lunch("k1", WANG, Payment.COUNTER));

        assertThatThrownBy(() -> orders.place(lunch("k2", WANG, Payment.COUNTER)))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("order.already-ordered"));
    }

    @Test
    void the_daily_subsidy_is_given_to_the_first_meal_of_the_day_only() {
        Orders orders = orders();
        Order lunch = orders.place(lunch("k1", WANG, Payment.COUNTER));
        Order dinner =
                orders.place(new PlaceOrder("k2", TODAY, Meal.DINNER, 0, false, "", WANG, WANG, Payment.COUNTER));

        assertThat(lunch.subsidyFen()).isEqualTo(500);
        assertThat(dinner.subsidyFen()).isZero();
        assertThat(dinner.amountDueFen()).isEqualTo(1000);
    }

    @Test
    void delivery_is_only_for_residents_on_the_delivery_list_and_takes_no_seat() {
        Orders orders = orders();
        var delivery = new PlaceOrder("k1", TODAY, Meal.LUNCH, 0, true, "", LI, WANG, Payment.COUNTER);
        assertThatThrownBy(() -> orders.place(delivery))
                .isInstanceOfSatisfying(CanteenException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("order.delivery-not-allowed"));

        new DeliveryList(records).add(WANG.id(), WANG.name(), "3号楼2单元101", "");
        Order order = orders.place(delivery);

        assertThat(order.delivery()).isTrue();
        assertThat(order.bookingId()).isEmpty();
        assertThat(order.ordererId()).isEqualTo(LI.id());
        assertThat(orders.slots().freeSeats(TODAY, Meal.LUNCH, 0)).isEqualTo(350);
    }

    @Test
    void staff_move_an_order_from_paid_at_the_counter_to_ready_to_collected() {
        Orders orders = orders();
        Order order = orders.place(lunch("k1", WANG, Payment.COUNTER));

        orders.move(order.id(), OrderState.ORDERED, OrderState.PAID);
        orders.move(order.id(), OrderState.PAID, OrderState.READY);
        Orders.Move collected = orders.move(order.id(), OrderState.READY, OrderState.COLLECTED);

        assertThat(collected.order().state()).isEqualTo(OrderState.COLLECTED);
        assertThat(collected.order().counterPaid()).isTrue();
    }

    @Test
    void two_staff_touching_collected_at_once_give_one_outcome() {
        wallet.give(WANG, 2);
        Orders orders = orders();
        Order order = orders.place(lunch("k1", WANG, Payment.POINTS));

        Orders.Move first = orders.move(order.id(), OrderState.PAID, OrderState.COLLECTED);
        Orders.Move second = orders.move(order.id(), OrderState.PAID, OrderState.COLLECTED);

        assertThat(first.changed()).isTrue();
        assertThat(second.changed()).isFalse();
        assertThat(second.order().state()).isEqualTo(OrderState.COLLECTED);
    }

    @Test
    void a_change_between_reading_and_saving_is_read_again_before_deciding() {
        Orders orders = orders();
        Order order = orders.place(lunch("k1", WANG, Payment.COUNTER));
        records.touch(Order.COLLECTION, order.id());

        Orders.Move paid = orders.move(order.id(), OrderState.ORDERED, OrderState.PAID);

        assertThat(paid.changed()).isTrue();
        assertThat(paid.order().state()).isEqualTo(OrderState.PAID);
    }

    @Test
    void invalid_steps_are_refused_and_change_nothing() {
        Orders orders = orders();
        Order order = orders.place(lunch("k1", WANG, Payment.COUNTER));

        assertThatThrownBy(() -> orders.move(order.id(), OrderState.ORDERED, OrderState.COLLECTED))
                .isInstanceOf(CanteenException.class);
        assertThatThrownBy(() -> orders.move(order.id(), OrderState.READY, OrderState.COLLECTED))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.state-changed"));
        assertThat(orders.find(order.id()).orElseThrow().state()).isEqualTo(OrderState.ORDERED);
    }

    @Test
    void a_collected_order_can_no_longer_be_cancelled() {
        wallet.give(WANG, 2);
        Orders orders = orders();
        Order order = orders.place(lunch("k1", WANG, Payment.POINTS));
        orders.move(order.id(), OrderState.PAID, OrderState.COLLECTED);

        assertThatThrownBy(() -> orders.cancel(order.id())).isInstanceOf(CanteenException.class);
        assertThat(wallet.balance(WANG)).isZero();
    }

    @Test
    void the_scanner_hands_over_a_paid_order_and_takes_payment_for_an_unpaid_one() {
        wallet.give(WANG, 2);
        Orders orders = orders();
        Order paid = orders.place(lunch("k1", WANG, Payment.POINTS));
        Order unpaid = orders.place(lunch("k2", LI, Payment.COUNTER));

        assertThat(Orders.scanStep(paid)).contains(OrderState.COLLECTED);
        assertThat(Orders.scanStep(unpaid)).contains(OrderState.PAID);
    }

    @Test
    void pick_up_numbers_count_per_day_the_meal_is_eaten_whenever_it_was_ordered() {
        Orders orders = orders();
        Order tomorrow = orders.place(
                new PlaceOrder("k1", TODAY.plusDays(1), Meal.LUNCH, 0, false, "", WANG, WANG, Payment.COUNTER));
        Order today = orders.place(lunch("k2", WANG, Payment.COUNTER));
        Order alsoTomorrow = orders.place(
                new PlaceOrder("k3", TODAY.plusDays(1), Meal.LUNCH, 0, false, "", LI, LI, Payment.COUNTER));

        assertThat(tomorrow.pickupNumber()).isEqualTo(1);
        assertThat(today.pickupNumber()).isEqualTo(1);
        assertThat(alsoTomorrow.pickupNumber()).isEqualTo(2);
    }

    @Test
    void days_beyond_the_days_ahead_are_refused() {
        assertThatThrownBy(() -> orders().place(new PlaceOrder(
                        "k1", TODAY.plusDays(4), Meal.LUNCH, 0, false, "", WANG, WANG, Payment.COUNTER)))
                .isInstanceOfSatisfying(
                        CanteenException.class, e -> assertThat(e.messageKey()).isEqualTo("order.day-not-open"));
    }

    @Test
    void two_kiosks_opening_one_sitting_at_once_book_the_same_slot() {
        Orders orders = orders();
        // Another kiosk opened its own slot for the same sitting and recorded it first.
        var other = reservations.openSlot(
                "sitting.lunch",
                ZonedDateTime.of(TODAY, java.time.LocalTime.of(11, 0), SHANGHAI).toInstant(),
                ZonedDateTime.of(TODAY, java.time.LocalTime.of(12, 0), SHANGHAI).toInstant(),
                350);
        records.insert(SittingSlots.COLLECTION, Json.write(Map.of("key", TODAY + "/lunch/0", "slotId", other.id())));

        orders.place(lunch("k1", WANG, Payment.COUNTER));

        assertThat(reservations.bookings(other.id())).hasSize(1);
        assertThat(List.of(orders.slots().slotId(TODAY, Meal.LUNCH, 0))).containsExactly(other.id());
    }
}
