package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.happystation.kiosk.plugins.HostCounters;
import org.happystation.kiosk.plugins.HostRecordStore;
import org.happystation.kiosk.plugins.HostReservations;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginCounters;
import org.happystation.kiosk.plugins.PluginRecords;
import org.happystation.kiosk.plugins.PluginReservations;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.LedgerWallet;
import org.happystation.kiosk.volunteering.ResidentWallets;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.canteen.domain.CanteenException;
import org.happystation.plugins.canteen.domain.CanteenRules;
import org.happystation.plugins.canteen.domain.Meal;
import org.happystation.plugins.canteen.domain.OrderState;
import org.happystation.plugins.canteen.domain.Orders;
import org.happystation.plugins.canteen.domain.Payment;
import org.happystation.plugins.canteen.domain.PlaceOrder;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.Wallets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The canteen plugin's ordering on the real host services and database (PostgreSQL in CI): a sitting
 * of 350 seats never takes a 351st order, however many kiosks confirm at once.
 */
@ExtendWith(ArquillianExtension.class)
class CanteenOrdersIT {

    private static final Clock STATION_CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    @Deployment
    static WebArchive station() {
        return StationDeployment.withTests();
    }

    @Inject
    StationService stations;

    @Inject
    ResidentService residents;

    @Inject
    PluginRecords records;

    @Inject
    PluginReservations reservations;

    @Inject
    PluginCounters counters;

    @Inject
    ResidentWallets residentWallets;

    @Inject
    Wallets wallets;

    @Inject
    Ledger ledger;

    @Test
    void four_hundred_residents_confirming_lunch_at_once_get_exactly_the_350_seats_of_the_sitting() throws Exception {
        var station = newStation();
        var orders = orders(station.value());
        var tomorrow = LocalDate.now(STATION_CLOCK).plusDays(1);
        List<ResidentInfo> diners = new ArrayList<>();
        long phones = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 99_000_000L);
        for (int i = 0; i < 400; i++) {
            var resident = residents.register(
                    Actor.SYSTEM,
                    station,
                    new ResidentService.ResidentDetails("居民" + i, String.format("166%08d", phones + i), 1950));
            diners.add(PluginContexts.info(resident));
        }

        var placed = new AtomicInteger();
        var full = new AtomicInteger();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(32)) {
            List<Future<?>> all = new ArrayList<>();
            for (var diner : diners) {
                all.add(pool.submit(() -> {
                    start.await();
                    try {
                        orders.place(new PlaceOrder(
                                UUID.randomUUID().toString(),
                                tomorrow,
                                Meal.LUNCH,
                                0,
                                false,
                                "",
                                diner,
                                diner,
                                Payment.COUNTER));
                        placed.incrementAndGet();
                    } catch (CanteenException refused) {
                        full.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var each : all) {
                each.get();
            }
        }

        assertEquals(350, placed.get(), "orders placed");
        assertEquals(50, full.get(), "orders refused because the sitting is full");
        var booked = orders.ordersOn(tomorrow).stream()
                .filter(order -> order.state() == OrderState.ORDERED)
                .count();
        assertEquals(350, booked, "orders stored for the sitting");
        var slot = orders.slots().slot(tomorrow, Meal.LUNCH, 0).orElseThrow();
        assertEquals(350, slot.booked(), "seats taken in the host's reservations");
        assertEquals(0, slot.waiting(), "nobody left waiting: a meal order is not queued");
        assertEquals(0, orders.slots().freeSeats(tomorrow, Meal.LUNCH, 0));
    }

    private StationId newStation() {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8);
        return stations.createStation(
                        Actor.SYSTEM,
                        code,
                        new StationService.StationDetails("食堂" + code, "测试社区", "测试路 1 号", "8:00–18:00", null))
                .id();
    }

    private Orders orders(long station) {
        return new Orders(
                new HostRecordStore("canteen", station, records),
                new HostReservations("canteen", station, reservations),
                new HostCounters("canteen", station, counters),
                new LedgerWallet("canteen", station, residentWallets, wallets, ledger),
                STATION_CLOCK,
                CanteenRules.from(key -> null));
    }
}
