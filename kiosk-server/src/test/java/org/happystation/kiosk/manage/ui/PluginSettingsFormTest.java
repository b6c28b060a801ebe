package org.happystation.kiosk.manage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.happystation.plugin.api.SettingsSchema.Setting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginSettingsFormTest extends BrowserlessTest {

    private final List<Setting> schema = List.of(
            Setting.number("daily-subsidy", Map.of("zh", "每日补贴（元）"), 5),
            Setting.yesNo("delivery", Map.of("zh", "提供送餐"), true));
    private final List<Map<String, String>> saved = new ArrayList<>();
    private PluginSettingsForm form;

    @BeforeEach
    void show() {
        UI.getCurrent().setLocale(Locale.CHINESE);
        form = new PluginSettingsForm(schema, Map.of("daily-subsidy", "8"));
        form.addSaveListener(save -> saved.add(save.values()));
        UI.getCurrent().add(form);
    }

    @Test
    void fields_show_the_stations_values_and_the_defaults_for_the_rest() {
        assertThat($(TextField.class, form).id("setting-daily-subsidy").getValue())
                .isEqualTo("8");
        assertThat($(Checkbox.class, form).id("setting-delivery").getValue()).isTrue();
        assertThat($(TextField.class, form).id("setting-daily-subsidy").getLabel())
                .isEqualTo("每日补贴（元）");
    }

    @Test
    void saving_sends_every_value() {
        test($(Checkbox.class, form).id("setting-delivery")).click();
        test($(Button.class, form).id("plugin-settings-save")).click();

        assertThat(saved).containsExactly(Map.of("daily-subsidy", "8", "delivery", "false"));
    }

    @Test
    void a_number_that_is_not_one_is_marked_and_nothing_is_sent() {
        var subsidy = $(TextField.class, form).id("setting-daily-subsidy");
        subsidy.setValue("五元");

        test($(Button.class, form).id("plugin-settings-save")).click();

        assertThat(saved).isEmpty();
        assertThat(subsidy.isInvalid()).isTrue();
        assertThat(subsidy.getErrorMessage()).contains("整数");
    }
}
