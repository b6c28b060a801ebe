package org.happystation.kiosk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdleCountdownTest extends BrowserlessTest {

    private IdleCountdown countdown;
    private final AtomicInteger resets = new AtomicInteger();

    @BeforeEach
    void showCountdown() {
        UI.getCurrent().setLocale(Locale.CHINESE);
        countdown = new IdleCountdown((int) KioskLayout.COUNTDOWN.toSeconds());
        countdown.addCountdownFinishedListener(finished -> resets.incrementAndGet());
        UI.getCurrent().add(countdown);
    }

    @Test
    void it_stays_hidden_until_the_kiosk_has_been_idle() {
        assertThat(countdown.counting()).isFalse();
        countdown.tick();
        assertThat(resets).hasValue(0);
    }

    @Test
    void fifteen_seconds_without_a_touch_clear_the_screen_once() {
        countdown.start();
        assertThat(countdown.secondsLeft()).isEqualTo(15);

        for (int second = 0; second < 14; second++) {
            countdown.tick();
        }
        assertThat(resets).hasValue(0);
        assertThat(countdown.secondsLeft()).isEqualTo(1);

        countdown.tick();
        countdown.tick();
        assertThat(resets).hasValue(1);
        assertThat(countdown.counting()).isFalse();
    }

    @Test
    void the_big_button_keeps_the_persons_session() {
        countdown.start();
        countdown.tick();

        test($(Button.class, countdown).withText("我还在用").single()).click();
        for (int second = 0; second < 20; second++) {
            countdown.tick();
        }

        assertThat(resets).hasValue(0);
        assertThat(countdown.counting()).isFalse();
    }

    @Test
    void the_question_is_asked_in_chinese_first() {
        assertThat(countdown.getElement().getTextRecursively()).contains("还在使用吗");
    }
}
