package org.happystation.plugins.canteen.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.Counters;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.PointsWallet.PointsUnavailableException;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.Reservations.Booking;
import org.happystation.plugin.api.Reservations.Status;
import org.happystation.plugin.api.ResidentInfo;

/**
 * Places, cancels and moves meal orders over the host's narrow services.
 *
 * <p>Placing is a series of steps that are each safe to repeat, so a repeated confirm (a double click, or
 * a kiosk that stopped half-way and is confirmed again with the same idempotency key) finishes the one
 * order instead of making a second: the order is stored first (state ORDERED, no pick-up number yet),
 * then the seat is booked (an existing booking of the eater in the slot is taken over), then the points are
 * charged with the key {@code canteen-order-<id>} (the wallet charges a key once), and last the pick-up
 * number is drawn and the order saved as complete.
 */
public final class Orders {

    private static final int ATTEMPTS = 5;

    private final RecordStore records;
    private final Reservations reservations;
    private final Counters counters;
    private final PointsWallet wallet;
    private final Clock clock;
    private final CanteenRules rules;
    private final Pricing pricing;
    private final SittingSlots slots;

    public Orders(
            RecordStore records,
            Reservations reservations,
            Counters counters,
            PointsWallet wallet,
            Clock clock,
            CanteenRules rules) {
        this.records = records;
        this.reservations = reservations;
        this.counters = counters;
        this.wallet = wallet;
        this.clock = clock;
        this.rules = rules;
        this.pricing = new Pricing(rules);
        this.slots = new SittingSlots(records, reservations, rules, clock);
    }

    /** The sittings' slots, for free seats on screen. */
    public SittingSlots slots() {
        return slots;
    }

    /** The station's date now. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether a sitting still takes orders and cancellations now. */
    public boolean beforeCutoff(LocalDate day, Meal meal, int sittingIndex) {
        return clock.instant()
                .isBefore(rules.cutoff(day, meal, sittingIndex, clock.getZone()).toInstant());
    }

    /** Whether residents may order for the day at all (today up to the days ahead). */
    public boolean orderableDay(LocalDate day) {
        LocalDate today = today();
        return !day.isBefore(today) && !day.isAfter(today.plusDays(rules.daysAhead()));
    }

    /** The orderer's balance, or 0 when points cannot be used on this server. */
    public long balanceOf(ResidentInfo orderer) {
        return wallet.available() ? wallet.balance(orderer) : 0;
    }

    /** The price breakdown the confirmation screen shows. */
    public Quote quote(PlaceOrder request) {
        boolean subsidyUsed = activeOrdersOf(request.eater().id(), request.day()).stream()
                .anyMatch(order ->
                        order.subsidyFen() > 0 && !order.idempotencyKey().equals(request.idempotencyKey()));
        return pricing.quote(
                request.eater().birthYear(),
                request.day(),
                request.payment(),
                balanceOf(request.orderer()),
                subsidyUsed);
    }

    /**
     * Places an order, or returns the order already placed with the same idempotency key.
     *
     * @throws CanteenException when the day, the sitting or the payment does not allow it; nothing is kept
     */
    public Order place(PlaceOrder request) {
        Optional<Order> earlier = byKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return finish(earlier.get(), request);
        }
        check(request);
        Quote quote = quote(request);
        checkPoints(request, quote);
        var stored = records.insert(Order.COLLECTION, draft(request, quote).toJson());
        Order first = byKey(request.idempotencyKey()).orElseThrow();
        if (!first.id().equals(stored.id())) {
            // Another confirm with the same key got in first: keep only its order.
            records.delete(Order.COLLECTION, stored.id(), stored.version());
            return finish(first, request);
        }
        return finish(Order.from(stored), request);
    }

    private void check(PlaceOrder request) {
        if (!orderableDay(request.day())) {
            throw new CanteenException("order.day-not-open", rules.daysAhead());
        }
        int sittings = rules.sittingsOf(request.meal()).size();
        if (!request.delivery() && (request.sittingIndex() < 0 || request.sittingIndex() >= sittings)) {
            throw new CanteenException("order.no-such-sitting");
        }
        int sittingForCutoff = request.delivery() ? 0 : request.sittingIndex();
        if (!beforeCutoff(request.day(), request.meal(), sittingForCutoff)) {
            throw new CanteenException("order.past-cutoff");
        }
        if (request.delivery()
                && new DeliveryList(records).of(request.eater().id()).isEmpty()) {
            throw new CanteenException(
                    "order.delivery-not-allowed", request.eater().name());
        }
        boolean alreadyOrdered = activeOrdersOf(request.eater().id(), request.day()).stream()
                .anyMatch(order -> order.meal() == request.meal());
        if (alreadyOrdered) {
            throw new CanteenException("order.already-ordered", request.eater().name());
        }
    }

    private void checkPoints(PlaceOrder request, Quote quote) {
        if (quote.points() == 0) {
            if (request.payment() == Payment.BOTH) {
                throw new CanteenException("order.points-too-few");
            }
            return;
        }
        if (!wallet.available()) {
            throw new CanteenException("order.points-unavailable");
        }
        if (wallet.balance(request.orderer()) < quote.points()) {
            throw new CanteenException("order.points-too-few");
        }
    }

    private Order draft(PlaceOrder request, Quote quote) {
        Instant now = clock.instant();
        String sittingLabel = rules.sittingsOf(request.meal())
                .get(request.delivery() ? 0 : request.sittingIndex())
                .label();
        return new Order(
                "",
                0,
                request.day(),
                request.meal(),
                request.delivery() ? -1 : request.sittingIndex(),
                sittingLabel,
                request.delivery(),
                request.menuId(),
                request.eater().id(),
                request.eater().name(),
                request.orderer().id(),
                quote.tier(),
                quote.basePriceFen(),
                quote.subsidyFen(),
                quote.points(),
                quote.pointsValueFen(),
                quote.amountDueFen(),
                request.payment(),
                0,
                "",
                OrderState.ORDERED,
                false,
                false,
                false,
                request.idempotencyKey(),
                now,
                now);
    }

    private Order finish(Order order, PlaceOrder request) {
        if (order.placed() || order.state() == OrderState.CANCELLED) {
            return order;
        }
        String bookingId = order.bookingId();
        try {
            if (!order.delivery() && bookingId.isEmpty()) {
                bookingId = book(order, request);
            }
            boolean charged = chargePoints(order, request.orderer());
            long pickup = pickupNumber(order.day());
            return save(order.placedWith(bookingId, charged, pickup, clock.instant()));
        } catch (CanteenException refused) {
            abandon(order, bookingId);
            throw refused;
        }
    }

    private String book(Order order, PlaceOrder request) {
        String slotId = slots.slotId(order.day(), order.meal(), order.sittingIndex());
        Optional<Booking> held = reservations.bookings(slotId).stream()
                .filter(booking -> booking.bookedFor() == order.eaterId() && booking.status() == Status.BOOKED)
                .findFirst();
        if (held.isPresent()) {
            // A confirm that stopped after booking: the seat is this order's.
            return held.get().id();
        }
        Booking booking;
        try {
            booking = reservations.reserve(slotId, request.orderer(), request.eater());
        } catch (IllegalArgumentException e) {
            throw new CanteenException("order.already-booked", request.eater().name());
        }
        if (booking.status() != Status.BOOKED) {
            // A meal order never waits in a queue: give the waitlist place back at once.
            reservations.cancel(booking.id());
            throw new CanteenException("order.sitting-full");
        }
        return booking.id();
    }

    private boolean chargePoints(Order order, ResidentInfo orderer) {
        if (order.points() == 0) {
            return false;
        }
        try {
            wallet.charge(
                    orderer,
                    order.points(),
                    order.chargeKey(),
                    "社区食堂 " + order.day() + " " + order.meal().key());
            return true;
        } catch (PointsUnavailableException e) {
            throw new CanteenException("order.points-unavailable");
        } catch (IllegalStateException e) {
            throw new CanteenException("order.points-too-few");
        }
    }

    /**
     * Pick-up numbers count per day the meal is eaten (1, 2, 3...), whenever the order was placed: short
     * numbers a resident can say at the counter, unique among that day's orders on every server.
     */
    private long pickupNumber(LocalDate day) {
        return counters.next("pickup", day);
    }

    private void abandon(Order order, String bookingId) {
        if (!bookingId.isEmpty()) {
            reservations.cancel(bookingId);
        }
        records.find(Order.COLLECTION, order.id())
                .ifPresent(stored -> records.delete(Order.COLLECTION, stored.id(), stored.version()));
    }

    /**
     * Cancels an order before its cut-off and gives back its seat and points. Cancelling an order that is
     * already cancelled changes nothing (and completes a refund that an earlier attempt could not).
     */
    public Order cancel(String orderId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Order order = load(orderId);
            if (order.state() == OrderState.CANCELLED) {
                return settleCancellation(order);
            }
            if (order.state() != OrderState.ORDERED && order.state() != OrderState.PAID) {
                throw new CanteenException("cancel.too-late-state");
            }
            if (!beforeCutoff(order.day(), order.meal(), Math.max(0, order.sittingIndex()))) {
                throw new CanteenException("cancel.past-cutoff");
            }
            try {
                return settleCancellation(save(order.movedTo(OrderState.CANCELLED, clock.instant())));
            } catch (ConcurrentChangeException changed) {
                // Someone else moved the order: read it again and decide again.
            }
        }
        throw new CanteenException("error.busy");
    }

    private Order settleCancellation(Order order) {
        if (order.refunded()) {
            return order;
        }
        if (!order.bookingId().isEmpty()) {
            cancelBookingQuietly(order.bookingId());
        }
        if (order.pointsCharged()) {
            wallet.refund(order.chargeKey(), "社区食堂 取消订单 " + order.day());
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return save(order.markedRefunded(clock.instant()));
            } catch (ConcurrentChangeException changed) {
                order = load(order.id());
                if (order.refunded()) {
                    return order;
                }
            }
        }
        return order;
    }

    private void cancelBookingQuietly(String bookingId) {
        try {
            reservations.cancel(bookingId);
        } catch (RuntimeException alreadyCancelled) {
            // A second cancellation of the same booking: the seat is already free.
        }
    }

    /** The step a staff member's one touch takes: paid at the counter, ready, then collected or delivered. */
    public static Optional<OrderState> nextStep(Order order) {
        return switch (order.state()) {
            case ORDERED -> Optional.of(OrderState.PAID);
            case PAID -> Optional.of(OrderState.READY);
            case READY -> Optional.of(order.delivery() ? OrderState.DELIVERED : OrderState.COLLECTED);
            default -> Optional.empty();
        };
    }

    /** The step a scan at the counter takes: an unpaid order is paid; a paid or ready one is handed over. */
    public static Optional<OrderState> scanStep(Order order) {
        return switch (order.state()) {
            case ORDERED -> Optional.of(OrderState.PAID);
            case PAID, READY -> Optional.of(order.delivery() ? OrderState.DELIVERED : OrderState.COLLECTED);
            default -> Optional.empty();
        };
    }

    /** The outcome of a staff action. */
    public record Move(Order order, boolean changed) {}

    /**
     * Moves an order from {@code from} to {@code to}. When two staff touch the same button at once, one
     * moves it and the other gets the same outcome unchanged.
     *
     * @throws CanteenException when the order is in another state than {@code from} and not already in {@code to}
     */
    public Move move(String orderId, OrderState from, OrderState to) {
        checkTransition(from, to);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Order order = load(orderId);
            if (order.state() == to) {
                return new Move(order, false);
            }
            if (order.state() != from) {
                throw new CanteenException("staff.state-changed", order.pickupNumber());
            }
            try {
                Order moved = save(order.movedTo(to, clock.instant()));
                tellReservations(moved);
                return new Move(moved, true);
            } catch (ConcurrentChangeException changed) {
                // Read again: the other touch may have done exactly this.
            }
        }
        throw new CanteenException("error.busy");
    }

    private static void checkTransition(OrderState from, OrderState to) {
        boolean valid =
                switch (from) {
                    case ORDERED -> to == OrderState.PAID || to == OrderState.NO_SHOW;
                    case PAID ->
                        to == OrderState.READY
                                || to == OrderState.COLLECTED
                                || to == OrderState.DELIVERED
                                || to == OrderState.NO_SHOW;
                    case READY -> to == OrderState.COLLECTED || to == OrderState.DELIVERED || to == OrderState.NO_SHOW;
                    default -> false;
                };
        if (!valid) {
            throw new CanteenException("staff.invalid-step");
        }
    }

    private void tellReservations(Order order) {
        if (order.bookingId().isEmpty()) {
            return;
        }
        try {
            if (order.state() == OrderState.COLLECTED) {
                reservations.checkIn(order.bookingId());
            } else if (order.state() == OrderState.NO_SHOW) {
                reservations.noShow(order.bookingId());
            }
        } catch (RuntimeException e) {
            // The order's state is what the counter relies on; the booking's mirror is informational.
        }
    }

    /** An order by id. */
    public Optional<Order> find(String orderId) {
        return records.find(Order.COLLECTION, orderId).map(Order::from);
    }

    /** The placed orders of a day, by sitting then pick-up number. */
    public List<Order> ordersOn(LocalDate day) {
        return records.findBy(Order.COLLECTION, "day", day.toString()).stream()
                .map(Order::from)
                .filter(Order::placed)
                .sorted(Comparator.comparingInt(Order::sittingIndex).thenComparingLong(Order::pickupNumber))
                .toList();
    }

    /** Placed orders from today on that the residents eat or ordered, earliest first. */
    public List<Order> upcomingFor(Collection<Long> residentIds) {
        var found = new LinkedHashMap<String, Order>();
        for (long residentId : residentIds) {
            for (String field : List.of("eaterId", "ordererId")) {
                records.findBy(Order.COLLECTION, field, String.valueOf(residentId)).stream()
                        .map(Order::from)
                        .filter(Order::placed)
                        .filter(order -> !order.day().isBefore(today()))
                        .forEach(order -> found.put(order.id(), order));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Order::day).thenComparing(Order::meal))
                .toList();
    }

    private List<Order> activeOrdersOf(long eaterId, LocalDate day) {
        return records.findBy(Order.COLLECTION, "eaterId", String.valueOf(eaterId)).stream()
                .map(Order::from)
                .filter(order -> order.day().equals(day) && order.state().active())
                .toList();
    }

    private Optional<Order> byKey(String key) {
        return records.findBy(Order.COLLECTION, "idempotencyKey", key).stream()
                .findFirst()
                .map(Order::from);
    }

    private Order load(String orderId) {
        return find(orderId).orElseThrow(() -> new CanteenException("order.not-found"));
    }

    private Order save(Order order) {
        return Order.from(records.update(Order.COLLECTION, order.id(), order.version(), order.toJson()));
    }
}
