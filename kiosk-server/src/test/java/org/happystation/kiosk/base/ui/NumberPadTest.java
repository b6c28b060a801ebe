package org.happystation.kiosk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NumberPadTest extends BrowserlessTest {

    private NumberPad pad;
    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void showPad() {
        pad = new NumberPad(6, "删除", "清空");
        pad.addDigitsChangedListener(change -> changes.add(change.getSource().value()));
        UI.getCurrent().add(pad);
    }

    @Test
    void touching_keys_types_digits_and_reports_each_change() {
        press("2", "4", "6");

        assertThat(pad.value()).isEqualTo("246");
        assertThat(changes).containsExactly("2", "24", "246");
    }

    @Test
    void delete_takes_back_the_last_digit_and_clear_takes_all() {
        press("1", "3", "5");
        test(key("删除")).click();
        assertThat(pad.value()).isEqualTo("13");

        test(key("清空")).click();
        assertThat(pad.value()).isEmpty();
    }

    @Test
    void digits_beyond_the_length_are_ignored() {
        press("1", "2", "3", "4", "5", "6", "7", "8");

        assertThat(pad.value()).isEqualTo("123456");
    }

    @Test
    void the_pad_has_ten_digits_and_its_two_editing_keys() {
        assertThat($(Button.class, pad).all()).hasSize(12);
    }

    private void press(String... digits) {
        for (String digit : digits) {
            test(key(digit)).click();
        }
    }

    private Button key(String label) {
        return $(Button.class, pad).withText(label).single();
    }
}
