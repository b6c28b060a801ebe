package org.happystation.kiosk.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberAndPinTest {

    @Test
    void a_phone_number_is_shown_masked_like_chinese_services_do() {
        var phone = new PhoneNumber("138 0000 0001");

        assertThat(phone.digits()).isEqualTo("13800000001");
        assertThat(phone.masked()).isEqualTo("138****0001");
        assertThat(phone.toString()).isEqualTo("138****0001");
    }

    @Test
    void a_number_that_is_not_a_mobile_number_is_refused_with_a_reason() {
        assertThatThrownBy(() -> new PhoneNumber("0412-8890000")).hasMessageContaining("11 digits");
        assertThatThrownBy(() -> new PhoneNumber("1380000000")).hasMessageContaining("11 digits");
        assertThat(PhoneNumber.isValid("23800000001")).isFalse();
    }

    @Test
    void a_pin_has_six_digits_and_never_prints() {
        var pin = new Pin("246813");

        assertThat(pin.toString()).isEqualTo("******");
        assertThatThrownBy(() -> new Pin("24681")).hasMessageContaining("six digits");
        assertThatThrownBy(() -> new Pin("24681a")).hasMessageContaining("six digits");
    }

    @Test
    void pins_that_anyone_would_guess_first_are_refused() {
        assertThatThrownBy(() -> new Pin("000000")).hasMessageContaining("too easy");
        assertThatThrownBy(() -> new Pin("123456")).hasMessageContaining("too easy");
        assertThatThrownBy(() -> new Pin("888888")).hasMessageContaining("too easy");
    }
}
