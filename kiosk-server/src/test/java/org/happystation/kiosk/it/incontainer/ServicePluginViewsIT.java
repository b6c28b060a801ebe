package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.happystation.kiosk.plugins.PluginContexts;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.plugins.PluginReservations;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.happystation.plugin.api.StationInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service plugins the build bundles, installed from their signed jars through the real host (its checks,
 * PF4J class loading, host services on the database) and their kiosk screens driven without a browser.
 */
@ExtendWith(ArquillianExtension.class)
class ServicePluginViewsIT {

    @Deployment
    static WebArchive station() throws IOException {
        var war = StationDeployment.withTests();
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("station.bundled.plugins")))) {
            jars.forEach(jar -> war.addAsResource(
                    new FileAsset(jar.toFile()),
                    "bundled-test-plugins/" + jar.getFileName().toString().replaceAll("-\\d.*", ".jar")));
        }
        return war;
    }

    @Inject
    PluginHost host;

    @Inject
    PluginContexts contexts;

    @Inject
    StationService stations;

    @Inject
    ResidentService residents;

    @Inject
    PluginReservations reservations;

    @AfterEach
    void uninstall() {
        host.statuses().forEach(status -> host.uninstall(Actor.SYSTEM, status.id()));
    }

    @Test
    void the_bundled_plugins_install_with_their_tiles_and_screens_for_work_and_for_phones() {
        for (String plugin : List.of("policy-lookup", "canteen", "elder-care", "tutoring")) {
            install(plugin);
        }

        assertEquals(
                List.of("canteen", "elder-care", "policy-lookup", "tutoring"),
                host.tiles().stream().map(ServiceTile::id).sorted().toList());
        assertTrue(host.publicPage("policy-lookup").isPresent(), "policies open on a phone");
        assertEquals(
                List.of("canteen", "elder-care", "tutoring"),
                host.withStaffScreens().stream().sorted().toList(),
                "the canteen counter, the care workers' day and today's tutoring sessions are work screens");
    }

    @Test
    void a_resident_types_s_b_k_on_the_policy_keyboard_and_finds_the_social_security_card() {
        install("policy-lookup");
        var screen = kioskScreen("policy-lookup");

        for (String key : List.of("s", "b", "k")) {
            ((Button) find(screen, "policy-key-" + key)).click();
        }
        ((Button) find(screen, "policy-search-button")).click();

        String results = text(find(screen, "policy-results"));
        assertTrue(results.contains("社会保障卡") || results.contains("社保卡"), results);
    }

    @Test
    void without_a_resident_the_canteen_shows_the_menu_and_asks_to_sign_in_before_ordering() {
        install("canteen");
        var screen = kioskScreen("canteen");

        assertTrue(descendants(screen).anyMatch(c -> c.getId().orElse("").equals("canteen-sign-in")), text(screen));
        assertTrue(descendants(screen).noneMatch(c -> c.getId().orElse("").equals("canteen-confirm")));
    }

    @Test
    void a_daughter_books_rehabilitation_for_her_mother_and_the_host_holds_the_place() {
        install("elder-care");
        var station = newStation();
        var daughter = resident(station, "李娜", 1972);
        var mother = resident(station, "王秀兰", 1941);
        residents.linkRelative(Actor.SYSTEM, new ResidentId(daughter.id()), new ResidentId(mother.id()), "母亲");
        var screen = kioskScreen("elder-care", station, daughter);

        click(screen, "eldercare-for-" + mother.id());
        click(screen, "eldercare-service-rehab");
        click(firstEnabled(screen, "eldercare-day-"));
        click(firstEnabled(screen, "eldercare-time-"));
        click(screen, "eldercare-confirm");

        find(screen, "eldercare-booking-qr"); // the booking's QR code, for the care worker's scanner
        assertTrue(text(screen).contains("王秀兰"), text(screen));
        var slot = onlySlot("elder-care", station, "svc-rehab");
        var booking =
                reservations.bookings("elder-care", station.id(), slot.id()).getFirst();
        assertEquals(mother.id(), booking.bookedFor());
        assertEquals(daughter.id(), booking.bookedBy(), "recorded as done by the daughter for her mother");
        assertEquals(Reservations.Status.BOOKED, booking.status());
    }

    @Test
    void a_parent_enrols_her_daughter_in_a_tutoring_class_and_the_host_holds_the_place() {
        install("tutoring");
        var station = newStation();
        var parent = resident(station, "陈静", 1986);
        var child = resident(station, "陈小雨", 2016);
        residents.linkRelative(Actor.SYSTEM, new ResidentId(parent.id()), new ResidentId(child.id()), "女儿");
        var screen = kioskScreen("tutoring", station, parent);

        String enrol = firstEnabled(screen, "tutoring-enrol-").getId().orElseThrow();
        click(screen, enrol);
        click(screen, "tutoring-child-" + child.id());
        click(screen, "tutoring-grade-4");
        for (char digit : "13800000005".toCharArray()) {
            click(screen, "tutoring-guardian-phone-pad-" + digit);
        }
        click(screen, "tutoring-profile-save");
        if (descendants(screen).anyMatch(c -> c.getId().orElse("").equals("tutoring-confirm"))) {
            click(screen, "tutoring-confirm");
        }

        assertTrue(text(find(screen, "tutoring-result")).contains("陈小雨"), text(screen));
        String classId = enrol.substring("tutoring-enrol-".length());
        var slot = onlySlot("tutoring", station, "class." + classId);
        assertEquals(1, slot.booked(), "one place taken in the class");
        assertEquals(
                child.id(),
                reservations
                        .bookings("tutoring", station.id(), slot.id())
                        .getFirst()
                        .bookedFor());
    }

    private Reservations.Slot onlySlot(String pluginId, StationInfo station, String resource) {
        var now = java.time.Instant.now();
        var slots = reservations.slots(
                pluginId,
                station.id(),
                resource,
                now.minus(java.time.Duration.ofDays(400)),
                now.plus(java.time.Duration.ofDays(400)));
        assertEquals(1, slots.size(), "slots of " + resource);
        return slots.getFirst();
    }

    private StationInfo newStation() {
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8);
        return PluginContexts.info(stations.createStation(
                Actor.SYSTEM,
                code,
                new StationService.StationDetails("驿站" + code, "测试社区", "测试路 1 号", "8:00–18:00", null)));
    }

    private ResidentInfo resident(StationInfo station, String name, int birthYear) {
        String phone =
                String.format("15%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        return PluginContexts.info(residents.register(
                Actor.SYSTEM,
                new StationId(station.id()),
                new ResidentService.ResidentDetails(name, phone, birthYear)));
    }

    private Component kioskScreen(String pluginId, StationInfo station, ResidentInfo resident) {
        ServiceExtension extension = host.serviceExtension(pluginId).orElseThrow();
        var context = contexts.kiosk(
                pluginId, station, "大厅一号机", Optional.of(resident), Locale.CHINESE, extension.getClass(), () -> {});
        return host.guarded(pluginId, "createKioskView", () -> extension.createKioskView(context))
                .orElseThrow();
    }

    private static void click(Component root, String id) {
        click(find(root, id));
    }

    private static void click(Component button) {
        ((Button) button).click();
    }

    /** The first button whose id starts with the prefix that can be pressed (a full day or time cannot). */
    private static Component firstEnabled(Component root, String idPrefix) {
        return descendants(root)
                .filter(c -> c.getId().orElse("").startsWith(idPrefix))
                .filter(c -> c instanceof Button button && button.isEnabled())
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing to press starting " + idPrefix + " in: " + text(root)));
    }

    private void install(String pluginId) {
        var jar = getClass().getClassLoader().getResourceAsStream("bundled-test-plugins/" + pluginId + ".jar");
        if (jar == null) {
            throw new UncheckedIOException(new IOException(pluginId + " is not in the test deployment"));
        }
        host.install(Actor.SYSTEM, jar);
    }

    private Component kioskScreen(String pluginId) {
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8);
        var station = stations.createStation(
                Actor.SYSTEM,
                code,
                new StationService.StationDetails("驿站" + code, "测试社区", "测试路 1 号", "8:00–18:00", null));
        ServiceExtension extension = host.serviceExtension(pluginId).orElseThrow();
        var context = contexts.kiosk(
                pluginId,
                PluginContexts.info(station),
                "大厅一号机",
                Optional.empty(),
                Locale.CHINESE,
                extension.getClass(),
                () -> {});
        return host.guarded(pluginId, "createKioskView", () -> extension.createKioskView(context))
                .orElseThrow();
    }

    private static Component find(Component root, String id) {
        return descendants(root)
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id + " in: " + text(root)));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ServicePluginViewsIT::descendants));
    }

    private static String text(Component root) {
        return descendants(root)
                .filter(c -> c instanceof HasText)
                .map(c -> ((HasText) c).getText())
                .filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" "));
    }
}
