package org.happystation.kiosk.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.happystation.kiosk.accounts.AccountService;
import org.happystation.kiosk.base.DatabaseMigrations;
import org.happystation.kiosk.base.SecretFiles;
import org.happystation.kiosk.base.StationSettings;
import org.happystation.kiosk.residents.Pin;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.stations.FacilityKind;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.stations.StationService.StationDetails;
import org.happystation.points.base.StationRef;

/**
 * Seeds the demo into an empty database. Every name and number is made up; passwords and PINs are
 * random and written to {@code <data dir>/demo-credentials.txt}, and the demo kiosk's device token to
 * {@code <data dir>/secrets/demo-kiosk-token} (browsers on the server machine use it, see KioskAccess).
 */
@ApplicationScoped
public class DemoStation {

    public static final String CODE = "LX-001";
    public static final String CREDENTIALS_FILE = "demo-credentials.txt";
    public static final String KIOSK_TOKEN_FILE = "demo-kiosk-token";

    private static final Logger LOG = Logger.getLogger(DemoStation.class.getName());

    @Inject
    StationSettings settings;

    @Inject
    StationService stations;

    @Inject
    ResidentService residents;

    @Inject
    AccountService accounts;

    @Inject
    DemoVolunteering volunteering;

    @Transactional
    void seedOnStart(
            @Observes @Priority(DatabaseMigrations.DONE + 10) @Initialized(ApplicationScoped.class) Object started) {
        if (!settings.demo() || !stations.stations(Actor.SYSTEM).isEmpty()) {
            return;
        }
        var credentials = new ArrayList<String>();
        var lingxi = stations.createStation(
                Actor.SYSTEM,
                CODE,
                new StationDetails(
                        "灵西社区幸福驿站",
                        "立山区灵山街道灵西社区",
                        "立山区灵山街道灵西社区党群服务中心一楼",
                        "周一至周日 8:00–18:00（食堂 11:00–13:00，17:00–18:30）",
                        "0412-8890000"));
        var id = lingxi.id();
        stations.addFacility(Actor.SYSTEM, id, "依托家", FacilityKind.ELDER_CARE, "养老康复支持站：日间照料、康复训练");
        stations.addFacility(Actor.SYSTEM, id, "颐和家人", FacilityKind.HEALTH_CARE, "健康照护站：量血压、测血糖、健康咨询");
        stations.addFacility(Actor.SYSTEM, id, "溢香家", FacilityKind.CANTEEN, "社区食堂，可同时容纳 350 余人就餐");
        stations.addFacility(Actor.SYSTEM, id, "益康佳", FacilityKind.CLINIC, "社区诊所，可同时接诊 40 人");
        stations.addFacility(Actor.SYSTEM, id, "育英家", FacilityKind.TUTORING, "免费课后辅导");

        stations.createStation(
                Actor.SYSTEM,
                "JS-001",
                new StationDetails("健身社区幸福驿站", "铁东区健身社区", "铁东区健身社区服务中心", "周一至周五 8:30–17:00", "0412-8890001"));

        var kiosk = stations.createKiosk(Actor.SYSTEM, id, "大厅一号机");
        var registered = stations.registerKiosk(kiosk.oneTimeCode()).orElseThrow();
        writeSecret(settings.dataSubdirectory("secrets").resolve(KIOSK_TOKEN_FILE), registered.deviceToken());
        var spare = stations.createKiosk(Actor.SYSTEM, id, "二楼康复室");
        credentials.add("Kiosk 二楼康复室 one-time registration code: " + spare.oneTimeCode() + " (valid 24 h)");

        credentials.add("");
        credentials.add("Residents (kiosk sign-in: phone number + PIN)");
        var wang = resident(id, "王秀兰", "13800000001", 1941, credentials);
        var li = resident(id, "李娜", "13800000002", 1972, credentials);
        resident(id, "赵建国", "13800000003", 1950, credentials);
        resident(id, "孙桂芝", "13800000004", 1938, credentials);
        residents.linkRelative(Actor.SYSTEM, wang, li, "女儿");
        residents.linkRelative(Actor.SYSTEM, li, wang, "母亲");
        // A family with a school child, for the tutoring service: the child is a linked household member.
        var chen = resident(id, "陈静", "13800000005", 1986, credentials);
        var chenChild = resident(id, "陈小雨", "13800000006", 2016, credentials);
        residents.linkRelative(Actor.SYSTEM, chen, chenChild, "女儿");
        residents.linkRelative(Actor.SYSTEM, chenChild, chen, "母亲");

        credentials.add("");
        credentials.add("Console accounts (sign in at /manage)");
        account("lingxi.manager", "周立伟（站长）", Role.STATION_MANAGER, id, credentials);
        account("lingxi.canteen", "吴海燕（食堂）", Role.STAFF, id, credentials);
        account("lingxi.care", "郑春梅（护理员）", Role.STAFF, id, credentials);
        volunteering.seed(new StationRef(id.value()), credentials);

        Path file = settings.dataDirectory().resolve(CREDENTIALS_FILE);
        writeSecret(file, String.join("\n", credentials));
        LOG.info(() -> "Seeded the demo station 灵西社区; demo sign-ins are in " + file);
    }

    private org.happystation.kiosk.residents.ResidentId resident(
            org.happystation.kiosk.stations.StationId station,
            String name,
            String phone,
            int birthYear,
            List<String> out) {
        var resident =
                residents.register(Actor.SYSTEM, station, new ResidentService.ResidentDetails(name, phone, birthYear));
        String pin = randomPin();
        residents.setPin(Actor.SYSTEM, resident.id(), new Pin(pin));
        out.add("  " + name + "  phone " + phone + "  PIN " + pin + "  (born " + birthYear + ")");
        return resident.id();
    }

    private void account(
            String username,
            String name,
            Role role,
            org.happystation.kiosk.stations.StationId station,
            List<String> out) {
        String password = SecretFiles.randomToken(12);
        accounts.create(Actor.SYSTEM, new AccountService.NewAccount(username, name, password, role, station));
        out.add("  " + username + "  (" + role + ")  password " + password);
    }

    private static String randomPin() {
        var random = new java.security.SecureRandom();
        while (true) {
            String candidate = String.format("%06d", random.nextInt(1_000_000));
            try {
                new Pin(candidate);
                return candidate;
            } catch (IllegalArgumentException tooEasy) {
                // draw again
            }
        }
    }

    private static void writeSecret(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            SecretFiles.writePrivately(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
