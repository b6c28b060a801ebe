package org.happystation.kiosk.stations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KioskTest {

    private final Instant now = Instant.parse("2026-11-21T02:00:00Z");
    private final Kiosk kiosk = new Kiosk(new StationId(1), "大厅一号机", now);

    @Test
    void a_new_kiosk_accepts_its_one_time_code_until_it_expires() {
        kiosk.expectRegistration("12345678", now);

        assertThat(kiosk.acceptsCode("12345678", now.plus(Duration.ofHours(23))))
                .isTrue();
        assertThat(kiosk.acceptsCode("12345678", now.plus(Kiosk.CODE_VALIDITY))).isFalse();
        assertThat(kiosk.acceptsCode("87654321", now)).isFalse();
    }

    @Test
    void a_code_works_once_then_the_kiosk_is_active() {
        kiosk.expectRegistration("12345678", now);
        kiosk.register("device-token", now);

        assertThat(kiosk.status()).isEqualTo(KioskStatus.ACTIVE);
        assertThat(kiosk.acceptsCode("12345678", now)).isFalse();
        assertThat(kiosk.registeredAt()).isEqualTo(now);
    }

    @Test
    void a_new_code_puts_the_kiosk_back_to_awaiting_registration() {
        kiosk.expectRegistration("12345678", now);
        kiosk.register("device-token", now);

        kiosk.expectRegistration("11112222", now.plusSeconds(60));

        assertThat(kiosk.status()).isEqualTo(KioskStatus.AWAITING_REGISTRATION);
        assertThat(kiosk.acceptsCode("11112222", now.plusSeconds(61))).isTrue();
    }

    @Test
    void a_retired_kiosk_cannot_be_registered_again() {
        kiosk.retire();

        assertThat(kiosk.status()).isEqualTo(KioskStatus.RETIRED);
        assertThatThrownBy(() -> kiosk.expectRegistration("12345678", now)).hasMessageContaining("retired");
    }

    @Test
    void a_kiosk_needs_a_name() {
        assertThatThrownBy(() -> kiosk.rename("  ")).hasMessageContaining("needs a name");
    }
}
