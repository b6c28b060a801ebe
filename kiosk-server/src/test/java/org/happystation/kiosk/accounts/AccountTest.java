package org.happystation.kiosk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.stations.StationId;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final StationId lingxi = new StationId(1);

    @Test
    void a_manager_signs_in_with_their_password_until_disabled() {
        var account =
                new Account("lingxi.manager", "周立伟", "correct horse", Role.STATION_MANAGER, lingxi, Instant.now());

        assertThat(account.passwordMatches("correct horse")).isTrue();
        assertThat(account.passwordMatches("Correct horse")).isFalse();
        account.disable();
        assertThat(account.passwordMatches("correct horse")).isFalse();
    }

    @Test
    void short_passwords_are_refused() {
        assertThatThrownBy(() -> new Account("lingxi.care", "郑春梅", "short", Role.STAFF, lingxi, Instant.now()))
                .hasMessageContaining("at least 10 characters");
    }

    @Test
    void staff_belong_to_a_station_and_city_administrators_to_none() {
        assertThatThrownBy(() -> new Account("lingxi.care", "郑春梅", "long enough pw", Role.STAFF, null, Instant.now()))
                .hasMessageContaining("belongs to a station");

        var admin = new Account("city.admin", "市管理员", "long enough pw", Role.CITY_ADMIN, lingxi, Instant.now());
        assertThat(admin.station()).isEmpty();
    }

    @Test
    void residents_have_no_console_account() {
        assertThatThrownBy(
                        () -> new Account("wang.xiulan", "王秀兰", "long enough pw", Role.RESIDENT, lingxi, Instant.now()))
                .hasMessageContaining("PIN");
    }

    @Test
    void user_names_are_plain_lower_case() {
        assertThatThrownBy(() -> new Account("Admin Zhou", "周", "long enough pw", Role.STAFF, lingxi, Instant.now()))
                .hasMessageContaining("lower-case");
    }
}
