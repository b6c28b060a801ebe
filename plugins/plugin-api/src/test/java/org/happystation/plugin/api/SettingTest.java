package org.happystation.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.happystation.plugin.api.SettingsSchema.Setting;
import org.happystation.plugin.api.SettingsSchema.Type;
import org.junit.jupiter.api.Test;

class SettingTest {

    private final Map<String, String> subsidy = Map.of("zh", "每日补贴（元）", "en", "Daily subsidy (yuan)");

    @Test
    void a_number_setting_accepts_whole_numbers_only() {
        var setting = Setting.number("daily-subsidy", subsidy, 5);

        assertThat(setting.accepts("5")).isTrue();
        assertThat(setting.accepts("-2")).isTrue();
        assertThat(setting.accepts("5.5")).isFalse();
        assertThat(setting.accepts("five")).isFalse();
    }

    @Test
    void a_choice_accepts_only_its_choices() {
        var tier = new Setting("tier", Type.CHOICE, Map.of("zh", "价格档"), "80+", List.of("80+", "60-79", "other"));

        assertThat(tier.accepts("60-79")).isTrue();
        assertThat(tier.accepts("90+")).isFalse();
    }

    @Test
    void labels_follow_the_language_and_fall_back_to_chinese() {
        var setting = Setting.number("daily-subsidy", subsidy, 5);

        assertThat(setting.label(Locale.ENGLISH)).isEqualTo("Daily subsidy (yuan)");
        assertThat(setting.label(Locale.JAPANESE)).isEqualTo("每日补贴（元）");
    }

    @Test
    void a_schema_with_a_default_its_type_refuses_is_a_mistake_of_the_plugin() {
        assertThatThrownBy(() -> new Setting("show", Type.YES_NO, Map.of("zh", "显示"), "maybe", List.of()))
                .hasMessageContaining("not a valid YES_NO");
        assertThatThrownBy(() -> Setting.yesNo("Show QR", Map.of("zh", "显示"), true))
                .hasMessageContaining("key");
        assertThatThrownBy(() -> Setting.yesNo("show", Map.of("en", "Show"), true))
                .hasMessageContaining("Chinese");
    }
}
