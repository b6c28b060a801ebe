package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.happystation.kiosk.residents.Pin;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.residents.ResidentService.SignInResult;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.stations.StationService.StationDetails;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The services on the real datasource (H2 by default, PostgreSQL when configured) and Infinispan. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive station() {
        var war = Path.of(System.getProperty("station.war", "target/ROOT.war"));
        return StationDeployment.withTests();
    }

    @Inject
    StationService stations;

    @Inject
    ResidentService residents;

    @Resource(lookup = "java:jboss/datasources/StationDS")
    DataSource dataSource;

    @Test
    void the_schema_was_migrated_at_start() throws SQLException {
        try (var connection = dataSource.getConnection();
                var result = connection
                        .createStatement()
                        .executeQuery("select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
            assertTrue(result.next());
            assertTrue(result.getInt(1) >= 1, "at least the first migration was applied");
        }
    }

    @Test
    void a_kiosk_registers_once_and_its_token_stops_working_when_retired() {
        var station = newStation();
        var created = stations.createKiosk(Actor.SYSTEM, station, "大厅一号机");

        var registered = stations.registerKiosk(created.oneTimeCode()).orElseThrow();
        assertEquals(station, registered.station());
        assertTrue(stations.kioskForDeviceToken(registered.deviceToken()).isPresent());
        assertTrue(stations.registerKiosk(created.oneTimeCode()).isEmpty(), "a one-time code works once");

        stations.retireKiosk(Actor.SYSTEM, registered.kiosk());
        assertTrue(stations.kioskForDeviceToken(registered.deviceToken()).isEmpty());
    }

    @Test
    void many_screens_of_one_kiosk_opening_at_once_all_know_the_kiosk() throws Exception {
        var station = newStation();
        var created = stations.createKiosk(Actor.SYSTEM, station, "大厅二号机");
        String token =
                stations.registerKiosk(created.oneTimeCode()).orElseThrow().deviceToken();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int screen = 0; screen < 16; screen++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return stations.kioskForDeviceToken(token).isPresent();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertTrue(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(stations.kiosk(created.kiosk().id()).orElseThrow().lastSeenAt() != null);
    }

    @Test
    void phone_numbers_are_not_stored_in_clear() throws SQLException {
        var station = newStation();
        String phone = "135" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        var resident =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails("李娜", phone, 1972));

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select phone_cipher, phone_lookup, phone_masked from resident where id = ?")) {
            statement.setLong(1, resident.id().value());
            try (var row = statement.executeQuery()) {
                assertTrue(row.next());
                assertFalse(row.getString(1).contains(phone));
                assertFalse(row.getString(2).contains(phone));
                assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), row.getString(3));
            }
        }
        assertTrue(residents
                .findByPhone(new org.happystation.kiosk.residents.PhoneNumber(phone))
                .isPresent());
    }

    @Test
    void a_resident_signs_in_with_the_right_pin_and_is_locked_after_five_wrong_ones() {
        var station = newStation();
        var kiosk = stations.createKiosk(Actor.SYSTEM, station, "前台").kiosk().id();
        String phone = "133" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        var resident =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails("赵建国", phone, 1950));
        residents.setPin(Actor.SYSTEM, resident.id(), new Pin("470913"));

        assertInstanceOf(SignInResult.SignedIn.class, residents.signIn(kiosk, phone, "470913"));
        var refused = assertInstanceOf(SignInResult.Refused.class, residents.signIn(kiosk, phone, "111222"));
        assertEquals(4, refused.attemptsLeft());
        for (int attempt = 0; attempt < 4; attempt++) {
            residents.signIn(kiosk, phone, "111222");
        }

        assertInstanceOf(SignInResult.Locked.class, residents.signIn(kiosk, phone, "470913"));
    }

    @Test
    void a_daughter_acts_only_for_her_linked_mother_and_the_audit_log_names_both() throws SQLException {
        var station = newStation();
        var kiosk = stations.createKiosk(Actor.SYSTEM, station, "前台").kiosk().id();
        var mother =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails("王秀兰", phone(), 1941));
        var daughter =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails("李娜", phone(), 1972));
        var neighbour =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails("赵建国", phone(), 1950));
        residents.linkRelative(Actor.SYSTEM, daughter.id(), mother.id(), "母亲");

        var actingFor = residents.actFor(kiosk, daughter.id(), mother.id()).orElseThrow();

        assertEquals("王秀兰", actingFor.name());
        assertEquals("母亲", actingFor.relation());
        assertTrue(residents.actFor(kiosk, daughter.id(), neighbour.id()).isEmpty());
        assertTrue(residents.actFor(kiosk, mother.id(), daughter.id()).isEmpty(), "the link goes one way");
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "select actor, subject, details from audit_entry where action = 'resident.acting-for' and station_id = ?")) {
            query.setLong(1, station.value());
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("resident-" + daughter.id().value(), rows.getString(1));
                assertEquals("王秀兰", rows.getString(2));
                assertTrue(rows.getString(3).startsWith("李娜 (母亲)"), rows.getString(3));
                assertFalse(rows.next(), "only the allowed switch is logged");
            }
        }
    }

    private static String phone() {
        return "134" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    @Test
    void a_refused_change_leaves_neither_data_nor_an_audit_entry() throws SQLException {
        var station = newStation();
        String code = stations.station(station).orElseThrow().code();
        long auditBefore = count("audit_entry");
        long stationsBefore = count("station");

        assertThrows(RuntimeException.class, () -> stations.createStation(Actor.SYSTEM, code, details("重复")));

        assertEquals(auditBefore, count("audit_entry"));
        assertEquals(stationsBefore, count("station"));
    }

    @Test
    void the_tile_order_a_manager_sets_is_kept() {
        var station = newStation();

        stations.orderTiles(Actor.SYSTEM, station, List.of("canteen", "policy-lookup", "canteen", "tutoring"));

        assertEquals(List.of("canteen", "policy-lookup", "tutoring"), stations.tileOrder(station));
    }

    @Test
    void a_manager_switches_a_service_off_at_their_station_only() {
        var station = newStation();
        var other = newStation();
        var manager =
                new Actor("mgr", org.happystation.kiosk.security.Role.STATION_MANAGER, java.util.Optional.of(station));

        stations.enableService(manager, station, "canteen", false);

        assertEquals(java.util.Set.of("canteen"), stations.disabledServices(station));
        assertEquals(java.util.Set.of(), stations.disabledServices(other));
        assertThrows(
                org.happystation.kiosk.security.NotPermittedException.class,
                () -> stations.enableService(manager, other, "canteen", false));
        stations.enableService(manager, station, "canteen", true);
        assertEquals(java.util.Set.of(), stations.disabledServices(station));
    }

    private StationId newStation() {
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
        return stations.createStation(Actor.SYSTEM, code, details("社区" + code)).id();
    }

    private static StationDetails details(String name) {
        return new StationDetails(name, "测试社区", "测试路 1 号", "8:00–18:00", null);
    }

    private long count(String table) throws SQLException {
        try (var connection = dataSource.getConnection();
                var result = connection.createStatement().executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
