package org.happystation.plugins.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.happystation.plugins.tutoring.domain.HoursState;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        var keys = new TreeSet<String>();
        var literal = Pattern.compile("(?:message|TutoringException)\\(\\s*\"([a-z0-9.-]+[a-z0-9])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                literal.matcher(Files.readString(file))
                        .results()
                        .map(m -> m.group(1))
                        .forEach(keys::add);
            }
        }
        for (HoursState state : HoursState.values()) {
            keys.add(state.messageKey());
        }
        for (int grade = 1; grade <= 9; grade++) {
            keys.add("grade." + grade);
        }
        for (String column : new String[] {
            "class",
            "subject",
            "grades",
            "tutor",
            "capacity",
            "enrolled",
            "waitlisted",
            "sessions",
            "rate",
            "tutor-sessions",
            "minutes",
            "hours",
            "points",
            "review"
        }) {
            keys.add("report.col." + column);
        }
        return keys;
    }

    @Test
    void every_text_the_screens_use_is_in_chinese_and_english() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used).contains("kiosk.confirm", "enrol.grade-out-of-range", "hours.recorded");

        assertThat(bundle("messages_zh.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void english_has_exactly_the_chinese_keys_and_the_default_bundle_is_chinese() throws IOException {
        Properties zh = bundle("messages_zh.properties");

        assertThat(bundle("messages_en.properties").stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(bundle("messages.properties")).isEqualTo(zh);
    }

    @Test
    void every_text_is_a_valid_message_format_that_keeps_its_quotes() throws IOException {
        for (String name : new String[] {"messages_zh.properties", "messages_en.properties"}) {
            Properties texts = bundle(name);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern, Locale.CHINESE).format(new Object[] {1, 2, 3, 4, 5, 6}))
                        .as(name + " " + key)
                        .doesNotThrowAnyException();
                assertThat(pattern)
                        .as(name + " " + key + " has an apostrophe that MessageFormat would drop")
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void the_grade_refusal_names_the_grades_in_chinese_words() {
        var context = new FakeContext(java.time.LocalDateTime.of(2026, 11, 19, 18, 30));

        String sentence = context.message("enrol.grade-out-of-range", "张小明", 2, "三四年级数学", 3, 4);

        assertThat(sentence).startsWith("张小明登记的是二年级，「三四年级数学」只收三年级到四年级的孩子");
    }
}
