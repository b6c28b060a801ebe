package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.happystation.kiosk.notifications.StaffNotifier;
import org.happystation.kiosk.plugins.HostCounters;
import org.happystation.kiosk.plugins.HostStaffNotifications;
import org.happystation.kiosk.plugins.PluginCounters;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.NotPermittedException;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Daily counters and staff notifications, the host services plugins use for pick-up numbers and staff. */
@ExtendWith(ArquillianExtension.class)
class HostServicesIT {

    @Deployment
    static WebArchive station() {
        return StationDeployment.withTests();
    }

    @Inject
    PluginCounters counters;

    @Inject
    StaffNotifier notifier;

    @Inject
    StationService stations;

    @Test
    void a_hundred_pickup_numbers_drawn_at_once_are_one_to_a_hundred_without_a_gap_or_a_twin() throws Exception {
        var pickup = new HostCounters("canteen", newStation().value(), counters);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(20);
        var numbers = new HashSet<Long>();
        try {
            var drawn = new ArrayList<Future<Long>>();
            for (int i = 0; i < 100; i++) {
                Callable<Long> draw = () -> {
                    start.await();
                    return pickup.next("pickup");
                };
                drawn.add(pool.submit(draw));
            }
            start.countDown();
            for (var number : drawn) {
                numbers.add(number.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100, numbers.size());
        assertEquals(1L, numbers.stream().mapToLong(Long::longValue).min().orElseThrow());
        assertEquals(100L, numbers.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void counters_of_another_station_or_name_start_at_one() {
        var station = newStation().value();
        new HostCounters("canteen", station, counters).next("pickup");

        assertEquals(1, new HostCounters("canteen", newStation().value(), counters).next("pickup"));
        assertEquals(1, new HostCounters("canteen", station, counters).next("delivery"));
        assertEquals(2, new HostCounters("canteen", station, counters).next("pickup"));
    }

    @Test
    void a_plugins_notification_waits_for_the_stations_staff_until_one_handles_it() {
        var station = newStation();
        var staff = new Actor("staff-" + station.value(), Role.STAFF, Optional.of(station));
        new HostStaffNotifications("canteen", station.value(), notifier).notifyStaff("王秀兰订了一份送餐，请安排。");

        var open = notifier.open(staff, station);
        assertEquals(1, open.size());
        assertEquals("canteen", open.getFirst().source());

        notifier.handle(staff, open.getFirst().id());
        assertTrue(notifier.open(staff, station).isEmpty());
    }

    @Test
    void staff_of_another_station_do_not_see_the_notifications() {
        var station = newStation();
        var elsewhere = new Actor("other", Role.STAFF, Optional.of(newStation()));
        new HostStaffNotifications("canteen", station.value(), notifier).notifyStaff("请到前台。");

        assertThrows(NotPermittedException.class, () -> notifier.open(elsewhere, station));
    }

    private StationId newStation() {
        String code = "H-" + UUID.randomUUID().toString().substring(0, 8);
        return stations.createStation(
                        Actor.SYSTEM,
                        code,
                        new StationService.StationDetails("社区" + code, "测试社区", "测试路 1 号", "8:00–18:00", null))
                .id();
    }
}
