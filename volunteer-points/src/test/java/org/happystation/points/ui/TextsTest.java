package org.happystation.points.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void every_text_exists_in_chinese_and_english() throws IOException {
        var chinese = load("messages.properties");
        var english = load("messages_en.properties");

        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        chinese.forEach(
                (key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
    }

    @Test
    void every_refusal_reads_as_a_sentence_in_both_languages() {
        for (Reason reason : Reason.values()) {
            var refused = new PointsRefused(reason, "detail");
            assertThat(Texts.refusal(Locale.CHINESE, refused)).as(reason.name()).matches(".*[。！]$");
            assertThat(Texts.refusal(Locale.ENGLISH, refused)).as(reason.name()).matches(".*[.!]$");
        }
    }

    @Test
    void chinese_is_the_default_and_apostrophes_survive_formatting() {
        assertThat(Texts.get(Locale.GERMAN, "scan.confirm-in")).isEqualTo("确认签到");
        assertThat(Texts.get(Locale.ENGLISH, "home.checked-in", "午餐帮厨", "10:30"))
                .contains("station's screen");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = TextsTest.class.getResourceAsStream("/org/happystation/points/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
