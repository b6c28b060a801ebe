package org.happystation.kiosk.manage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.happystation.kiosk.base.FieldProtector;
import org.happystation.kiosk.residents.PhoneNumber;
import org.happystation.kiosk.residents.Resident;
import org.happystation.kiosk.stations.StationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResidentFormTest extends BrowserlessTest {

    private ResidentForm form;
    private final List<ResidentForm.RegisterEvent> registered = new ArrayList<>();
    private final List<ResidentForm.SaveEvent> saved = new ArrayList<>();

    @BeforeEach
    void showForm() {
        UI.getCurrent().setLocale(Locale.CHINESE);
        form = new ResidentForm();
        form.addRegisterListener(registered::add);
        form.addSaveListener(saved::add);
        UI.getCurrent().add(form);
    }

    @Test
    void a_new_resident_is_registered_with_all_three_details() {
        field("resident-name").setValue("孙桂芝");
        field("resident-phone").setValue("13800000004");
        year().setValue(1938);

        click("resident-register");

        assertThat(registered).singleElement().satisfies(event -> {
            assertThat(event.details().name()).isEqualTo("孙桂芝");
            assertThat(event.details().phone()).isEqualTo("13800000004");
            assertThat(event.details().birthYear()).isEqualTo(1938);
        });
    }

    @Test
    void a_wrong_phone_is_marked_with_a_reason_and_nothing_is_sent() {
        field("resident-name").setValue("孙桂芝");
        field("resident-phone").setValue("8890000");
        year().setValue(1938);

        click("resident-register");

        assertThat(registered).isEmpty();
        assertThat(field("resident-phone").isInvalid()).isTrue();
        assertThat(field("resident-phone").getErrorMessage()).contains("11 位数字");
    }

    @Test
    void editing_never_shows_the_full_phone_and_an_empty_phone_keeps_it() {
        var resident = new Resident(
                new StationId(1),
                "王秀兰",
                new PhoneNumber("13800000001"),
                1941,
                new FieldProtector(key()),
                Instant.now());
        form.edit(resident);

        assertThat(field("resident-phone").getValue()).isEmpty();
        assertThat(field("resident-phone").getPlaceholder()).isEqualTo("138****0001");

        field("resident-name").setValue("王秀兰（已更正）");
        click("resident-save");

        assertThat(saved).singleElement().satisfies(event -> {
            assertThat(event.resident()).isSameAs(resident);
            assertThat(event.details().phone()).isEmpty();
            assertThat(event.details().name()).isEqualTo("王秀兰（已更正）");
        });
    }

    @Test
    void save_waits_until_a_resident_is_chosen() {
        assertThat(button("resident-save").isEnabled()).isFalse();
    }

    private TextField field(String id) {
        return $(TextField.class, form).id(id);
    }

    private IntegerField year() {
        return $(IntegerField.class, form).id("resident-birth-year");
    }

    private Button button(String id) {
        return $(Button.class, form).id(id);
    }

    private void click(String id) {
        test(button(id)).click();
    }

    private static byte[] key() {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
