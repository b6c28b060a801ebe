package org.happystation.kiosk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API as a city's script uses it, against the real server, database and security. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    @Deployment(testable = false)
    static WebArchive station() {
        return StationWar.built();
    }

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private ApiClient admin() {
        return ApiClient.as("admin", StationWar.adminPassword());
    }

    @Test
    void without_an_account_the_api_asks_for_one_and_says_nothing() {
        var response = ApiClient.anonymous().raw("/api/stations");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("station");
    }

    @Test
    void a_script_calling_the_api_opens_no_session() {
        var response = admin().raw("/api/stations");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void the_city_admin_creates_a_station_and_a_kiosk_with_a_one_time_code() {
        var station = admin().post("/api/stations", stationJson("T-" + run, "测试社区幸福驿站"));
        assertThat(station.status()).isEqualTo(201);
        long stationId = station.json().get("id").asLong();

        var kiosk = admin().post("/api/stations/" + stationId + "/kiosks", "{\"name\":\"大厅一号机\"}");
        assertThat(kiosk.status()).isEqualTo(201);
        assertThat(kiosk.json().get("oneTimeCode").asText()).matches("\\d{8}");
        assertThat(kiosk.json().get("kiosk").get("status").asText()).isEqualTo("AWAITING_REGISTRATION");

        var kiosks = admin().get("/api/stations/" + stationId + "/kiosks");
        assertThat(kiosks.json()).hasSize(1);
        assertThat(kiosks.body()).doesNotContain(kiosk.json().get("oneTimeCode").asText());
    }

    @Test
    void a_residents_phone_goes_in_whole_and_comes_out_masked() {
        long stationId = newStation();
        var resident = admin().post(
                        "/api/residents",
                        "{\"stationId\":" + stationId + ",\"name\":\"王秀兰\",\"phone\":\"139" + digits(8)
                                + "\",\"birthYear\":1941}");

        assertThat(resident.status()).isEqualTo(201);
        assertThat(resident.json().get("phone").asText()).matches("139\\*{4}\\d{4}");
        assertThat(resident.json().get("hasPin").asBoolean()).isFalse();
    }

    @Test
    void a_second_resident_with_the_same_phone_is_refused_with_a_reason_and_not_stored() {
        long stationId = newStation();
        String phone = "137" + digits(8);
        admin().post("/api/residents", residentJson(stationId, "赵建国", phone));

        var duplicate = admin().post("/api/residents", residentJson(stationId, "赵建民", phone));

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("error").asText()).contains("phone number");
        assertThat(admin().get("/api/residents?station=" + stationId).json()).hasSize(1);
    }

    @Test
    void a_pin_that_is_too_easy_is_refused() {
        long stationId = newStation();
        long resident = admin().post("/api/residents", residentJson(stationId, "孙桂芝", "136" + digits(8)))
                .json()
                .get("id")
                .asLong();

        var easy = admin().put("/api/residents/" + resident + "/pin", "{\"pin\":\"123456\"}");
        var good = admin().put("/api/residents/" + resident + "/pin", "{\"pin\":\"470913\"}");

        assertThat(easy.status()).isEqualTo(400);
        assertThat(good.status()).isEqualTo(204);
        assertThat(admin().get("/api/residents?station=" + stationId)
                        .json()
                        .get(0)
                        .get("hasPin")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_station_manager_manages_their_own_station_and_no_other() {
        long own = newStation();
        long other = newStation();
        String manager = "mgr" + run;
        var created = admin().post(
                        "/api/accounts",
                        "{\"username\":\"" + manager + "\",\"displayName\":\"周站长\","
                                + "\"password\":\"manager-pass-1\",\"role\":\"STATION_MANAGER\",\"stationId\":" + own
                                + "}");
        assertThat(created.status()).isEqualTo(201);
        var asManager = ApiClient.as(manager, "manager-pass-1");

        assertThat(asManager
                        .post("/api/stations/" + own + "/kiosks", "{\"name\":\"前台\"}")
                        .status())
                .isEqualTo(201);
        var refused = asManager.post("/api/stations/" + other + "/kiosks", "{\"name\":\"前台\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(admin().get("/api/stations/" + other + "/kiosks").json()).isEmpty();
        assertThat(asManager.get("/api/stations").json()).hasSize(1);
        assertThat(asManager.get("/api/audit").status()).isEqualTo(403);
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_even_for_the_right_one() {
        String staff = "staff" + run;
        long station = newStation();
        admin().post(
                        "/api/accounts",
                        "{\"username\":\"" + staff + "\",\"displayName\":\"吴海燕\","
                                + "\"password\":\"canteen-pass-1\",\"role\":\"STAFF\",\"stationId\":" + station + "}");
        assertThat(ApiClient.as(staff, "canteen-pass-1").get("/api/stations").status())
                .isEqualTo(200);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(ApiClient.as(staff, "wrong-guess-" + attempt)
                            .get("/api/stations")
                            .status())
                    .isEqualTo(401);
        }

        assertThat(ApiClient.as(staff, "canteen-pass-1").get("/api/stations").status())
                .isEqualTo(401);
    }

    @Test
    void every_change_is_in_the_audit_log_with_who_did_it() {
        String code = "AUD-" + run;
        admin().post("/api/stations", stationJson(code, "审计社区幸福驿站"));

        var audit = admin().get("/api/audit?limit=50");

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("station.created").contains("code " + code);
        assertThat(audit.json().get(0).get("actor").asText()).isEqualTo("admin");
    }

    @Test
    void a_plugin_jar_is_installed_over_the_api_and_a_broken_one_is_refused_with_its_reason() throws Exception {
        byte[] example =
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("station.example.plugin")));

        var installed = admin().postBytes("/api/plugins", example);
        assertThat(installed.status()).isEqualTo(201);
        assertThat(installed.json().get("state").asText()).isEqualTo("STARTED");

        var refused = admin().postBytes("/api/plugins", "<html>not a jar</html>".getBytes());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("reason").asText()).isEqualTo("NOT_A_JAR");

        assertThat(admin().delete("/api/plugins/example-plugin").status()).isEqualTo(204);
        assertThat(admin().get("/api/plugins").json()).isEmpty();
    }

    @Test
    void only_a_city_administrator_installs_plugins() {
        long station = newStation();
        String manager = "plg" + run;
        admin().post(
                        "/api/accounts",
                        "{\"username\":\"" + manager + "\",\"displayName\":\"周站长\","
                                + "\"password\":\"manager-pass-1\",\"role\":\"STATION_MANAGER\",\"stationId\":"
                                + station + "}");

        var refused = ApiClient.as(manager, "manager-pass-1").postBytes("/api/plugins", new byte[] {1, 2, 3});

        assertThat(refused.status()).isEqualTo(403);
        assertThat(ApiClient.as(manager, "manager-pass-1").get("/api/plugins").status())
                .isEqualTo(200);
    }

    @Test
    void the_api_is_described_by_openapi() {
        var document = ApiClient.anonymous().raw("/openapi");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/stations")
                .contains("/api/residents")
                .contains("Happiness Station API");
    }

    @Test
    void an_api_token_acts_for_its_account_until_it_is_revoked() {
        var issued = admin().post("/api/tokens", "{\"label\":\"nightly export " + run + "\"}");
        assertThat(issued.status()).isEqualTo(200);
        String token = issued.json().get("token").asText();
        assertThat(token).startsWith("hst_");

        assertThat(ApiClient.bearer(token).get("/api/stations").status()).isEqualTo(200);
        assertThat(admin().get("/api/tokens").body())
                .contains("nightly export " + run)
                .doesNotContain(token);

        assertThat(admin().delete("/api/tokens/" + issued.json().get("id").asLong())
                        .status())
                .isEqualTo(204);
        assertThat(ApiClient.bearer(token).get("/api/stations").status()).isEqualTo(401);
        assertThat(ApiClient.bearer("hst_made-up").get("/api/stations").status())
                .isEqualTo(401);
    }

    @Test
    void a_volunteer_signs_in_with_phone_and_password_and_a_forged_code_is_refused_in_both_languages() {
        long stationId = newStation();
        String phone = "15" + digits(9);
        String idNumber = org.happystation.points.volunteers.IdNumber.withCheckDigit(
                        "21030219" + (50 + (int) (Math.random() * 40)) + "0101" + digits(3))
                .value();
        var registered = admin().post(
                        "/api/points/volunteers",
                        "{\"stationId\":" + stationId + ",\"name\":\"刘志强\",\"idNumber\":\"" + idNumber
                                + "\",\"phone\":\"" + phone + "\",\"area\":\"灵西社区\",\"skills\":[\"维修\"],"
                                + "\"categories\":[\"REPAIRS\"],\"team\":null,\"password\":\"volunteer-" + run + "\"}");
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.json().get("idNumber").asText())
                .contains("**********")
                .doesNotContain(idNumber.substring(6, 14));
        long volunteerId = registered.json().get("id").asLong();
        var volunteer = ApiClient.as(phone, "volunteer-" + run);

        var forged = volunteer.post("/api/points/checkin/scan", "{\"code\":\"c1." + stationId + ".1.1.Zm9yZ2Vk\"}");
        assertThat(forged.status()).isEqualTo(409);
        assertThat(forged.json().get("reason").asText()).isEqualTo("CODE_FORGED");
        assertThat(forged.json().get("message_zh").asText()).contains("二维码");
        assertThat(forged.json().get("message_en").asText()).contains("station");

        assertThat(volunteer
                        .get("/api/points/volunteers/" + volunteerId + "/summary")
                        .status())
                .isEqualTo(200);
        assertThat(volunteer
                        .get("/api/points/volunteers/" + (volunteerId + 1_000_000) + "/summary")
                        .status())
                .isEqualTo(404);
        assertThat(volunteer.get("/api/stations").status())
                .as("a volunteer is no console account")
                .isEqualTo(403);
        assertThat(ApiClient.as(phone, "wrong-password")
                        .get("/api/points/volunteers/" + volunteerId + "/summary")
                        .status())
                .isEqualTo(401);
    }

    private long newStation() {
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8);
        return admin().post("/api/stations", stationJson(code, "社区" + code))
                .json()
                .get("id")
                .asLong();
    }

    private static String stationJson(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"community\":\"测试社区\","
                + "\"address\":\"测试路 1 号\",\"openingHours\":\"8:00–18:00\"}";
    }

    private static String residentJson(long station, String name, String phone) {
        return "{\"stationId\":" + station + ",\"name\":\"" + name + "\",\"phone\":\"" + phone
                + "\",\"birthYear\":1950}";
    }

    private static String digits(int count) {
        var random = new java.util.Random();
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }
}
