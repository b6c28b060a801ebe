package org.happystation.kiosk.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.plugins.HostReservations;
import org.happystation.kiosk.plugins.PluginReservations;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.Reservations.Status;
import org.happystation.plugin.api.ResidentInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * N clients book 20 slots of 50 places through the reservations host service, all at once; as the
 * baseline, the same clients run the bare guarded SQL update on a table of the same shape. Writes its
 * figures to {@code <data dir>/booking-rush.result}; asserts nothing (figures are printed, not tested).
 */
@ExtendWith(ArquillianExtension.class)
class BookingRushBench {

    private static final int SLOTS = 20;
    private static final int SEATS = 50;
    // From the environment, which the server under test inherits from the script that starts it.
    private static final int CLIENTS = setting("BENCH_CLIENTS", 32);
    private static final int ATTEMPTS = setting("BENCH_ATTEMPTS", 4000);

    private static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    @Deployment
    static WebArchive station() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(Path.of(System.getProperty("station.war", "target/ROOT.war"))
                        .toFile())
                .as(WebArchive.class)
                .addPackage(BookingRushBench.class.getPackage());
    }

    @Inject
    PluginReservations storage;

    @Inject
    StationService stations;

    @Inject
    ResidentService residents;

    @Inject
    StationSettings settings;

    @Resource(lookup = "java:jboss/datasources/StationDS")
    DataSource dataSource;

    @Test
    void rush() throws Exception {
        String code = "BR-" + UUID.randomUUID().toString().substring(0, 6);
        var station = stations.createStation(
                        Actor.SYSTEM, code, new StationService.StationDetails("压测站" + code, "压测社区", "压测路", "全天", null))
                .id();
        Reservations reservations = new HostReservations("booking-rush", station.value(), storage);
        var start = Instant.parse("2026-12-01T01:00:00Z");
        var slots = new ArrayList<String>();
        for (int i = 0; i < SLOTS; i++) {
            slots.add(reservations
                    .openSlot("rehab", start.plus(Duration.ofHours(i)), start.plus(Duration.ofHours(i + 1)), SEATS)
                    .id());
        }
        var people = new ArrayList<ResidentInfo>();
        int runPrefix = ThreadLocalRandom.current().nextInt(1000);
        for (int i = 0; i < ATTEMPTS; i++) {
            // Distinct by construction: random numbers for thousands of residents would collide now and then.
            String phone = String.format("17%03d%06d", runPrefix, i);
            var resident = residents.register(
                    Actor.SYSTEM, station, new ResidentService.ResidentDetails("居民" + i, phone, 1950));
            people.add(new ResidentInfo(resident.id().value(), resident.name(), 1950));
        }

        // An unmeasured round first, on slots of its own, so that neither side is timed while the JIT warms up.
        var warmUpSlots = new ArrayList<String>();
        for (int i = 0; i < SLOTS; i++) {
            warmUpSlots.add(reservations
                    .openSlot(
                            "warm-up",
                            start.plus(Duration.ofDays(1 + i)),
                            start.plus(Duration.ofDays(1 + i)).plus(Duration.ofHours(1)),
                            SEATS)
                    .id());
        }
        rush(i -> reservations.reserve(
                warmUpSlots.get(ThreadLocalRandom.current().nextInt(SLOTS)), people.get(i), people.get(i)));

        var booked = new AtomicLong();
        double serviceSeconds = rush(i -> {
            var person = people.get(i);
            var slot = slots.get(ThreadLocalRandom.current().nextInt(SLOTS));
            if (reservations.reserve(slot, person, person).status() == Status.BOOKED) {
                booked.incrementAndGet();
            }
        });

        long overbooked = overbooked(station.value());
        double baselineSeconds = baseline();

        double tps = ATTEMPTS / serviceSeconds;
        double baselineTps = ATTEMPTS / baselineSeconds;
        String result = String.format(
                java.util.Locale.ROOT,
                "attempts=%d booked=%d overbooked=%d tps=%.0f baseline_tps=%.0f ratio=%.2f clients=%d",
                ATTEMPTS,
                booked.get(),
                overbooked,
                tps,
                baselineTps,
                tps / baselineTps,
                CLIENTS);
        Files.writeString(settings.dataDirectory().resolve("booking-rush.result"), result + "\n");
    }

    /** Bookings beyond capacity, counted from the bookings themselves and from the slots' counters. */
    private long overbooked(long station) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select s.id, s.capacity, s.booked,"
                        + " (select count(*) from reservation r where r.slot_id = s.id and r.status = 'BOOKED')"
                        + " from reservation_slot s where s.plugin_id = 'booking-rush' and s.station_id = ?")) {
            statement.setLong(1, station);
            long over = 0;
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    int capacity = rows.getInt(2);
                    over += Math.max(0, rows.getInt(3) - capacity) + Math.max(0, rows.getInt(4) - capacity);
                }
            }
            return over;
        }
    }

    /** The bare SQL: the same guarded update on a scratch table, by the same number of clients. */
    private double baseline() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(
                    "create table if not exists bench_slot (id integer primary key, capacity integer not null,"
                            + " booked integer not null)");
            statement.execute("delete from bench_slot");
            for (int i = 0; i < SLOTS; i++) {
                statement.execute("insert into bench_slot (id, capacity, booked) values (" + i + ", " + SEATS + ", 0)");
            }
        }
        try {
            Attempt guardedUpdate = i -> {
                try (var connection = dataSource.getConnection();
                        var update = connection.prepareStatement(
                                "update bench_slot set booked = booked + 1 where id = ? and booked < capacity")) {
                    update.setInt(1, ThreadLocalRandom.current().nextInt(SLOTS));
                    update.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            rush(guardedUpdate); // unmeasured, as for the service
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("update bench_slot set booked = 0");
            }
            return rush(guardedUpdate);
        } finally {
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("drop table bench_slot");
            }
        }
    }

    interface Attempt {
        void run(int index) throws Exception;
    }

    /** Runs ATTEMPTS attempts over CLIENTS threads released together; returns the seconds it took. */
    private static double rush(Attempt attempt) throws Exception {
        var next = new AtomicLong();
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var errors = new ArrayList<Exception>();
        List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                go.await();
                for (long i; (i = next.getAndIncrement()) < ATTEMPTS; ) {
                    attempt.run((int) i);
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (var client : clients) {
            try {
                client.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.add(e);
            }
        }
        long took = System.nanoTime() - started;
        pool.shutdown();
        if (!errors.isEmpty()) {
            throw errors.getFirst();
        }
        return took / 1e9;
    }
}
