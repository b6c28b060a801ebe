package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.happystation.kiosk.plugins.HostRecordStore;
import org.happystation.kiosk.plugins.HostReservations;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginRecords;
import org.happystation.kiosk.plugins.PluginReservations;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.eldercare.domain.BookRequest;
import org.happystation.plugins.eldercare.domain.Bookings;
import org.happystation.plugins.eldercare.domain.CareBooking;
import org.happystation.plugins.eldercare.domain.CareProfiles;
import org.happystation.plugins.eldercare.domain.CareService;
import org.happystation.plugins.eldercare.domain.CareServices;
import org.happystation.plugins.eldercare.domain.CareStatus;
import org.happystation.plugins.eldercare.domain.DeliveredBy;
import org.happystation.plugins.eldercare.domain.ElderCareException;
import org.happystation.plugins.eldercare.domain.Mobility;
import org.happystation.plugins.eldercare.domain.Period;
import org.happystation.plugins.eldercare.domain.WorkingPlan;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The elder-care plugin's booking on the real host services and database (PostgreSQL in CI): a time of
 * ten places never takes an eleventh elder however many kiosks confirm at once, the others wait in the
 * order they came, and each freed place goes to the first in line and to nobody else.
 */
@ExtendWith(ArquillianExtension.class)
class ElderCareBookingIT {

    private static final Clock STATION_CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));
    private static final LocalTime NINE = LocalTime.of(9, 0);

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

    @Test
    void two_hundred_elders_confirming_one_time_of_ten_places_get_ten_places_and_a_waitlist_served_in_order()
            throws Exception {
        var station = newStation();
        var host = new HostReservations("elder-care", station.value(), reservations);
        var store = new HostRecordStore("elder-care", station.value(), records);
        var services = new CareServices(store);
        var bookings = new Bookings(store, host, STATION_CLOCK, services, new CareProfiles(store), Duration.ofHours(2));
        var rehab = services.create(rehabEveryMorning());
        var tomorrow = LocalDate.now(STATION_CLOCK).plusDays(1);
        var elders = elders(station, 205);

        var outcomes = new ConcurrentLinkedQueue<CareBooking>();
        var refused = new AtomicInteger();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(32)) {
            List<Future<?>> all = new ArrayList<>();
            for (var elder : elders.subList(0, 200)) {
                all.add(pool.submit(() -> {
                    start.await();
                    try {
                        outcomes.add(bookings.book(request(rehab, elder, tomorrow)));
                    } catch (ElderCareException notBooked) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var each : all) {
                each.get();
            }
        }

        assertEquals(10, count(outcomes, CareStatus.BOOKED), "places taken");
        assertEquals(190, count(outcomes, CareStatus.WAITLISTED) + refused.get(), "waiting or refused");
        var slot = slotOf(host, rehab, tomorrow);
        assertEquals(10, slot.booked(), "the host's places taken");
        assertEquals(count(outcomes, CareStatus.WAITLISTED), slot.waiting(), "the host's waitlist");
        var line = waitlist(bookings, outcomes);
        for (int i = 0; i < line.size(); i++) {
            assertEquals(i + 1, bookings.waitlistPosition(line.get(i)), "every waiting elder has their own place");
        }

        // Five more come one after another: they join the end of the line in the order they came.
        var latecomers = new ArrayList<CareBooking>();
        for (var elder : elders.subList(200, 205)) {
            latecomers.add(bookings.book(request(rehab, elder, tomorrow)));
        }
        for (int i = 0; i < latecomers.size(); i++) {
            assertEquals(line.size() + i + 1, bookings.waitlistPosition(latecomers.get(i)));
        }

        // Each cancellation gives its place to whoever is first in line then, and to nobody else.
        var booked =
                outcomes.stream().filter(b -> b.status() == CareStatus.BOOKED).toList();
        for (int i = 0; i < 3; i++) {
            bookings.cancel(booked.get(i).id());
            assertEquals(
                    CareStatus.BOOKED,
                    bookings.find(line.get(i).id()).orElseThrow().status(),
                    "the first in line got the place");
            assertEquals(
                    CareStatus.WAITLISTED,
                    bookings.find(line.get(i + 1).id()).orElseThrow().status(),
                    "the next one still waits");
        }
        slot = slotOf(host, rehab, tomorrow);
        assertEquals(10, slot.booked(), "places never above the capacity");
        assertEquals(line.size() + latecomers.size() - 3, slot.waiting());
        assertEquals(
                1, bookings.waitlistPosition(bookings.find(line.get(3).id()).orElseThrow()));
    }

    private static CareService rehabEveryMorning() {
        var weekly = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            weekly.put(day, List.of(new Period(NINE, NINE.plusHours(1))));
        }
        return new CareService(
                "",
                0,
                "rehab-morning",
                "晨间康复训练",
                "Rehabilitation session",
                60,
                10,
                DeliveredBy.NURSE,
                60,
                EnumSet.allOf(Mobility.class),
                false,
                new WorkingPlan(weekly, List.of(), Set.of(), Map.of()),
                false);
    }

    private static BookRequest request(CareService service, ResidentInfo elder, LocalDate day) {
        return new BookRequest(UUID.randomUUID().toString(), service.key(), day, NINE, elder, elder);
    }

    private static long count(Iterable<CareBooking> outcomes, CareStatus status) {
        long n = 0;
        for (var booking : outcomes) {
            if (booking.status() == status) {
                n++;
            }
        }
        return n;
    }

    /** The waiting bookings in the order of the host's waitlist (its order of arrival). */
    private static List<CareBooking> waitlist(Bookings bookings, Iterable<CareBooking> outcomes) {
        var waiting = new ArrayList<CareBooking>();
        outcomes.forEach(b -> {
            if (b.status() == CareStatus.WAITLISTED) {
                waiting.add(b);
            }
        });
        waiting.sort(Comparator.comparingInt(bookings::waitlistPosition));
        return waiting;
    }

    private static Reservations.Slot slotOf(Reservations host, CareService service, LocalDate day) {
        var start = day.atTime(NINE).atZone(STATION_CLOCK.getZone()).toInstant();
        return host.slots(service.resource(), start, start.plusSeconds(1)).getFirst();
    }

    private List<ResidentInfo> elders(StationId station, int count) {
        long phones = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 99_000_000L);
        var elders = new ArrayList<ResidentInfo>();
        for (int i = 0; i < count; i++) {
            var resident = residents.register(
                    Actor.SYSTEM,
                    station,
                    new ResidentService.ResidentDetails("老人" + i, String.format("167%08d", phones + i), 1945));
            elders.add(PluginContexts.info(resident));
        }
        return elders;
    }

    private StationId newStation() {
        String code = "E-" + UUID.randomUUID().toString().substring(0, 8);
        return stations.createStation(
                        Actor.SYSTEM,
                        code,
                        new StationService.StationDetails("养老" + code, "测试社区", "测试路 1 号", "8:00–18:00", null))
                .id();
    }
}
