package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.happystation.kiosk.residents.Pin;
import org.happystation.kiosk.residents.Resident;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.residents.ResidentService.SignInResult;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.NotPermittedException;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.security.SignInThrottle;
import org.happystation.kiosk.stations.KioskId;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.stations.StationService.StationDetails;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Resident cards on the real database and sign-in throttle: issue, sign in, reissue, refuse. */
@ExtendWith(ArquillianExtension.class)
class ResidentCardsIT {

    @Deployment
    static WebArchive station() {
        return StationDeployment.withTests();
    }

    @Inject
    StationService stations;

    @Inject
    ResidentService residents;

    @Resource(lookup = "java:jboss/datasources/StationDS")
    DataSource dataSource;

    @Test
    void a_card_signs_its_resident_in_and_a_new_card_stops_the_old_one() {
        var station = newStation();
        var kiosk = newKiosk(station);
        var resident = newResident(station, "王秀兰");

        String first = residents.issueCard(Actor.SYSTEM, resident.id()).text();
        var signedIn = assertInstanceOf(SignInResult.SignedIn.class, residents.signInWithCard(kiosk, first));
        assertEquals(resident.id(), signedIn.resident());
        assertEquals("王秀兰", signedIn.name());
        assertTrue(residents.cardIssuedAt(Actor.SYSTEM, resident.id()).isPresent());

        String second = residents.issueCard(Actor.SYSTEM, resident.id()).text();

        assertInstanceOf(SignInResult.CardNotRecognised.class, residents.signInWithCard(kiosk, first));
        assertInstanceOf(SignInResult.SignedIn.class, residents.signInWithCard(kiosk, second));
    }

    @Test
    void a_forged_or_damaged_code_is_not_recognised() {
        var station = newStation();
        var kiosk = newKiosk(station);
        var resident = newResident(station, "赵建国");
        String real = residents.issueCard(Actor.SYSTEM, resident.id()).text();
        char last = real.charAt(real.length() - 1);
        String forged = real.substring(0, real.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertInstanceOf(SignInResult.CardNotRecognised.class, residents.signInWithCard(kiosk, forged));
        assertInstanceOf(
                SignInResult.CardNotRecognised.class,
                residents.signInWithCard(kiosk, real.substring(0, real.length() - 2)));
        assertInstanceOf(SignInResult.CardNotRecognised.class, residents.signInWithCard(kiosk, null));
    }

    @Test
    void unknown_cards_count_for_the_kiosk_with_wrong_pins_but_other_qr_codes_do_not() {
        var station = newStation();
        var kiosk = newKiosk(station);
        var resident = newResident(station, "孙桂芝");
        String card = residents.issueCard(Actor.SYSTEM, resident.id()).text();

        for (int i = 0; i < SignInThrottle.PER_DEVICE + 5; i++) {
            assertInstanceOf(
                    SignInResult.CardNotRecognised.class,
                    residents.signInWithCard(kiosk, "https://pay.example.com/qr/" + i));
        }
        assertInstanceOf(SignInResult.SignedIn.class, residents.signInWithCard(kiosk, card));

        for (int i = 0; i < SignInThrottle.PER_DEVICE - 1; i++) {
            assertInstanceOf(
                    SignInResult.CardNotRecognised.class,
                    residents.signInWithCard(kiosk, "HSCARD1.forgedforgedforgedforged" + i));
        }
        assertInstanceOf(SignInResult.Locked.class, residents.signInWithCard(kiosk, "HSCARD1.the-last-straw"));
        assertInstanceOf(SignInResult.Locked.class, residents.signInWithCard(kiosk, card));
        assertInstanceOf(
                SignInResult.Locked.class,
                residents.signIn(kiosk, "13912345678", "470913"),
                "the kiosk is locked for PINs too");
        assertInstanceOf(
                SignInResult.SignedIn.class,
                residents.signInWithCard(newKiosk(station), card),
                "another kiosk is not locked");
    }

    @Test
    void neither_the_database_nor_the_audit_log_holds_the_code() throws SQLException {
        var station = newStation();
        var resident = newResident(station, "李娜");

        String code = residents.issueCard(Actor.SYSTEM, resident.id()).text();
        String secret = code.substring("HSCARD1.".length());

        try (var connection = dataSource.getConnection();
                var cards = connection.prepareStatement("select secret_hash from resident_card where resident_id = ?");
                var audit = connection.prepareStatement(
                        "select action, subject, details from audit_entry where subject = ? order by id desc")) {
            cards.setLong(1, resident.id().value());
            try (var row = cards.executeQuery()) {
                assertTrue(row.next());
                assertFalse(row.getString(1).contains(secret));
            }
            audit.setString(1, "李娜");
            boolean issued = false;
            try (var rows = audit.executeQuery()) {
                while (rows.next()) {
                    String entry = rows.getString(1) + rows.getString(2) + rows.getString(3);
                    assertFalse(entry.contains(secret), entry);
                    issued |= "resident.card-issued".equals(rows.getString(1));
                }
            }
            assertTrue(issued, "the issue is in the audit log");
        }
    }

    @Test
    void only_staff_of_the_residents_station_issue_cards() {
        var station = newStation();
        var other = newStation();
        var resident = newResident(station, "陈静");
        var otherStaff = new Actor("other.staff", Role.STAFF, Optional.of(other));
        var ownStaff = new Actor("own.staff", Role.STAFF, Optional.of(station));

        assertThrows(NotPermittedException.class, () -> residents.issueCard(otherStaff, resident.id()));
        assertThrows(NotPermittedException.class, () -> residents.cardIssuedAt(otherStaff, resident.id()));
        assertTrue(residents.cardIssuedAt(ownStaff, resident.id()).isEmpty());

        residents.issueCard(ownStaff, resident.id());
        assertTrue(residents.cardIssuedAt(ownStaff, resident.id()).isPresent());
    }

    private StationId newStation() {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8);
        return stations.createStation(
                        Actor.SYSTEM, code, new StationDetails("社区" + code, "测试社区", "测试路 1 号", "8:00–18:00", null))
                .id();
    }

    private KioskId newKiosk(StationId station) {
        return stations.createKiosk(Actor.SYSTEM, station, "大厅").kiosk().id();
    }

    private Resident newResident(StationId station, String name) {
        String phone = "137" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        var resident =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails(name, phone, 1950));
        residents.setPin(Actor.SYSTEM, resident.id(), new Pin("470913"));
        return resident;
    }
}
