package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.happystation.kiosk.plugins.HostReservations;
import org.happystation.kiosk.plugins.PluginReservations;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.Reservations.Status;
import org.happystation.plugin.api.ResidentInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reservations on the real database: PostgreSQL in CI, where the concurrency matters. */
@ExtendWith(ArquillianExtension.class)
class ReservationsIT {

    private static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z");

    @Deployment
    static WebArchive station() {
        return StationDeployment.withTests();
    }

    @Inject
    PluginReservations storage;

    @Inject
    StationService stations;

    @Inject
    ResidentService residents;

    private StationId station;
    private Reservations reservations;

    @BeforeEach
    void newStation() {
        String code = "R-" + UUID.randomUUID().toString().substring(0, 8);
        station = stations.createStation(
                        Actor.SYSTEM,
                        code,
                        new StationService.StationDetails("社区" + code, "测试社区", "测试路 1 号", "8:00–18:00", null))
                .id();
        reservations = new HostReservations("elder-care", station.value(), storage);
    }

    @Test
    void a_resident_books_for_themselves_or_a_linked_relative_and_for_nobody_else() {
        var daughter = resident("李娜", 1972);
        var mother = resident("王秀兰", 1941);
        var stranger = resident("赵建国", 1950);
        residents.linkRelative(
                Actor.SYSTEM,
                new org.happystation.kiosk.residents.ResidentId(daughter.id()),
                new org.happystation.kiosk.residents.ResidentId(mother.id()),
                "母亲");
        var slot = reservations.openSlot("rehab", NINE, NINE.plus(Duration.ofHours(1)), 5);

        assertEquals(
                Status.BOOKED, reservations.reserve(slot.id(), daughter, mother).status());
        assertEquals(
                Status.BOOKED,
                reservations.reserve(slot.id(), daughter, daughter).status());
        assertThrows(IllegalArgumentException.class, () -> reservations.reserve(slot.id(), daughter, stranger));
        assertThrows(IllegalArgumentException.class, () -> reservations.reserve(slot.id(), mother, mother));
    }

    @Test
    void two_hundred_people_booking_ten_places_at_once_get_ten_places_and_a_waitlist() throws Exception {
        var slot = reservations.openSlot("rehab", NINE, NINE.plus(Duration.ofHours(1)), 10);
        var people = new ArrayList<ResidentInfo>();
        for (int i = 0; i < 200; i++) {
            people.add(resident("居民" + i, 1940 + i % 40));
        }

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(40);
        try {
            var results = new ArrayList<Future<Reservations.Booking>>();
            for (var person : people) {
                Callable<Reservations.Booking> booking = () -> {
                    start.await();
                    return reservations.reserve(slot.id(), person, person);
                };
                results.add(pool.submit(booking));
            }
            start.countDown();
            long booked = 0;
            for (var result : results) {
                booked += result.get().status() == Status.BOOKED ? 1 : 0;
            }
            assertEquals(10, booked);
        } finally {
            pool.shutdownNow();
        }

        var now = reservations.slots("rehab", NINE, NINE.plusSeconds(1)).getFirst();
        assertEquals(10, now.booked());
        assertEquals(190, now.waiting());
        List<Reservations.Booking> bookings = reservations.bookings(slot.id());
        assertEquals(
                10, bookings.stream().filter(b -> b.status() == Status.BOOKED).count());
        assertEquals(
                190,
                bookings.stream().filter(b -> b.status() == Status.WAITLISTED).count());
    }

    @Test
    void a_cancellation_gives_its_place_to_the_first_on_the_waitlist_and_to_nobody_else() {
        var slot = reservations.openSlot("rehab", NINE, NINE.plus(Duration.ofHours(1)), 2);
        var first = resident("甲", 1940);
        var second = resident("乙", 1941);
        var firstBooking = reservations.reserve(slot.id(), first, first).id();
        reservations.reserve(slot.id(), second, second);
        var third = resident("丙", 1942);
        var fourth = resident("丁", 1943);
        var waitingFirst = reservations.reserve(slot.id(), third, third);
        var waitingSecond = reservations.reserve(slot.id(), fourth, fourth);
        assertEquals(Status.WAITLISTED, waitingFirst.status());

        reservations.cancel(firstBooking);

        var bookings = reservations.bookings(slot.id());
        assertEquals(Status.BOOKED, statusOf(bookings, waitingFirst.id()));
        assertEquals(Status.WAITLISTED, statusOf(bookings, waitingSecond.id()));
        var now = reservations.slots("rehab", NINE, NINE.plusSeconds(1)).getFirst();
        assertEquals(2, now.booked());
        assertEquals(1, now.waiting());
    }

    @Test
    void more_places_go_to_the_waitlist_in_order_and_fewer_than_are_taken_are_refused() {
        var slot = reservations.openSlot("class.maths", NINE, NINE.plus(Duration.ofHours(1)), 2);
        var booked = List.of(resident("甲", 2016), resident("乙", 2016));
        booked.forEach(child -> reservations.reserve(slot.id(), child, child));
        var waiting = List.of(resident("丙", 2016), resident("丁", 2016), resident("戊", 2016));
        var waitingIds = waiting.stream()
                .map(child -> reservations.reserve(slot.id(), child, child).id())
                .toList();

        assertThrows(IllegalStateException.class, () -> reservations.setCapacity(slot.id(), 1));
        assertThrows(IllegalArgumentException.class, () -> reservations.setCapacity(slot.id(), 0));
        var grown = reservations.setCapacity(slot.id(), 4);

        assertEquals(4, grown.capacity());
        assertEquals(4, grown.booked());
        assertEquals(1, grown.waiting());
        var bookings = reservations.bookings(slot.id());
        assertEquals(Status.BOOKED, statusOf(bookings, waitingIds.get(0)));
        assertEquals(Status.BOOKED, statusOf(bookings, waitingIds.get(1)));
        assertEquals(Status.WAITLISTED, statusOf(bookings, waitingIds.get(2)));

        var shrunk = reservations.setCapacity(slot.id(), 4);
        assertEquals(4, shrunk.booked(), "the same capacity again changes nothing");
        reservations.cancel(waitingIds.get(0));
        var afterCancel =
                reservations.slots("class.maths", NINE, NINE.plusSeconds(1)).getFirst();
        assertEquals(4, afterCancel.booked(), "the freed place went to the last one waiting");
        assertEquals(0, afterCancel.waiting());
        reservations.cancel(waitingIds.get(1));
        assertEquals(3, reservations.setCapacity(slot.id(), 3).capacity(), "down to the places taken is fine");
    }

    @Test
    void kiosks_opening_the_same_slot_at_once_make_one_slot() throws Exception {
        int kiosks = 8;
        var ready = new CountDownLatch(kiosks);
        var pool = Executors.newFixedThreadPool(kiosks);
        try {
            var opened = new ArrayList<Future<Reservations.Slot>>();
            for (int i = 0; i < kiosks; i++) {
                opened.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return reservations.openSlot("health-check", NINE, NINE.plus(Duration.ofMinutes(30)), 4);
                }));
            }
            var ids = new java.util.HashSet<String>();
            for (var slot : opened) {
                ids.add(slot.get().id());
            }
            assertEquals(1, ids.size(), "every kiosk got the same slot");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                1, reservations.slots("health-check", NINE, NINE.plusSeconds(1)).size());
    }

    @Test
    void a_booking_looked_up_again_shows_that_the_waitlist_promoted_it() {
        var slot = reservations.openSlot("rehab", NINE, NINE.plus(Duration.ofHours(1)), 1);
        var first = resident("甲", 1940);
        var second = resident("乙", 1941);
        var place = reservations.reserve(slot.id(), first, first);
        var waiting = reservations.reserve(slot.id(), second, second);
        assertEquals(
                Status.WAITLISTED,
                reservations.booking(waiting.id()).orElseThrow().status());

        reservations.cancel(place.id());

        assertEquals(
                Status.BOOKED, reservations.booking(waiting.id()).orElseThrow().status());
        assertEquals(
                Status.CANCELLED, reservations.booking(place.id()).orElseThrow().status());
        assertEquals(
                java.util.Optional.empty(),
                reservations.booking(UUID.randomUUID().toString()));
        var otherPlugins = new HostReservations("canteen", station.value(), storage);
        assertEquals(java.util.Optional.empty(), otherPlugins.booking(waiting.id()), "a plugin sees its own bookings");
    }

    @Test
    void a_place_nobody_waits_for_is_freed_and_check_in_and_no_show_are_kept() {
        var slot = reservations.openSlot("rehab", NINE, NINE.plus(Duration.ofHours(1)), 3);
        var a = resident("甲", 1940);
        var b = resident("乙", 1941);
        var c = resident("丙", 1942);
        var cancelled = reservations.reserve(slot.id(), a, a).id();
        var came = reservations.reserve(slot.id(), b, b).id();
        var missed = reservations.reserve(slot.id(), c, c).id();

        reservations.cancel(cancelled);
        assertEquals(Status.CHECKED_IN, reservations.checkIn(came).status());
        assertEquals(Status.NO_SHOW, reservations.noShow(missed).status());

        assertEquals(
                2,
                reservations
                        .slots("rehab", NINE, NINE.plusSeconds(1))
                        .getFirst()
                        .booked());
        assertThrows(IllegalStateException.class, () -> reservations.cancel(came));
    }

    private ResidentInfo resident(String name, int birthYear) {
        String phone = "15"
                + String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        var resident =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails(name, phone, birthYear));
        return new ResidentInfo(resident.id().value(), name, birthYear);
    }

    private static Status statusOf(List<Reservations.Booking> bookings, String id) {
        return bookings.stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow()
                .status();
    }
}
