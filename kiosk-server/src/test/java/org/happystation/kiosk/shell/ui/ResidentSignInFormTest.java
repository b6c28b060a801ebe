package org.happystation.kiosk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResidentSignInFormTest extends BrowserlessTest {

    private ResidentSignInForm form;
    private final List<ResidentSignInForm.SignInRequested> requests = new ArrayList<>();

    @BeforeEach
    void showForm() {
        UI.getCurrent().setLocale(Locale.CHINESE);
        form = new ResidentSignInForm();
        form.addSignInRequestedListener(requests::add);
        UI.getCurrent().add(form);
    }

    @Test
    void phone_then_pin_asks_to_sign_in_with_both() {
        type("13800000001");
        assertThat(form.displayedDigits()).isEqualTo("13800000001");
        form.clickNext();

        assertThat(form.step()).isEqualTo(ResidentSignInForm.Step.PIN);
        type("246813");
        assertThat(form.displayedDigits()).isEqualTo("●●●●●●");
        form.clickNext();

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.phone()).isEqualTo("13800000001");
            assertThat(request.pin()).isEqualTo("246813");
        });
    }

    @Test
    void next_waits_until_the_whole_number_is_typed() {
        type("1380000");

        assertThat(form.nextEnabled()).isFalse();
        type("0001");
        assertThat(form.nextEnabled()).isTrue();
    }

    @Test
    void a_number_that_does_not_start_with_1_is_explained_in_chinese() {
        type("23800000001");
        form.clickNext();

        assertThat(form.step()).isEqualTo(ResidentSignInForm.Step.PHONE);
        assertThat(form.message()).contains("11 位数字");
        assertThat(requests).isEmpty();
    }

    @Test
    void a_pin_is_at_most_six_digits() {
        type("13800000001");
        form.clickNext();
        type("24681357");

        assertThat(form.displayedDigits()).isEqualTo("●●●●●●");
    }

    @Test
    void a_refusal_says_how_many_tries_are_left_and_starts_over() {
        type("13800000001");
        form.clickNext();
        type("246813");
        form.clickNext();

        form.showRefused(3);

        assertThat(form.message()).contains("还可以再试 3 次");
        assertThat(form.step()).isEqualTo(ResidentSignInForm.Step.PHONE);
        assertThat(form.displayedDigits()).isEmpty();
    }

    @Test
    void a_locked_account_is_told_to_wait_or_ask_staff() {
        form.showLocked();

        assertThat(form.message()).contains("15 分钟").contains("工作人员");
    }

    @Test
    void a_card_not_recognised_is_explained_and_what_was_typed_stays() {
        type("1380000");

        form.showCardNotRecognised();

        assertThat(form.message()).contains("这张卡无法识别").contains("手机号和密码");
        assertThat(form.displayedDigits()).isEqualTo("1380000");
    }

    private void type(String digits) {
        for (char digit : digits.toCharArray()) {
            test($(Button.class, form.pad()).withText(String.valueOf(digit)).single())
                    .click();
        }
    }
}
