package org.happystation.plugins.eldercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.happystation.plugins.eldercare.domain.CareStatus;
import org.happystation.plugins.eldercare.domain.DeliveredBy;
import org.happystation.plugins.eldercare.domain.Mobility;
import org.junit.jupiter.api.Test;

class MessagesTest {

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every quoted text in the code that looks like a message key, and the keys of the enums. */
    private static Set<String> keysUsedInCode() throws IOException {
        var keys = new TreeSet<String>();
        var literal = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                literal.matcher(Files.readString(file))
                        .results()
                        .map(match -> match.group(1))
                        .forEach(keys::add);
            }
        }
        Stream.of(CareStatus.values()).map(CareStatus::messageKey).forEach(keys::add);
        Stream.of(Mobility.values()).map(Mobility::messageKey).forEach(keys::add);
        Stream.of(DeliveredBy.values()).map(DeliveredBy::messageKey).forEach(keys::add);
        return keys;
    }

    @Test
    void every_text_the_screens_use_is_in_chinese_and_english() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used)
                .contains("kiosk.confirm.button", "staff.checked-in", "status.waitlisted", "plan.period-unreadable");

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
    void every_text_is_a_valid_message_format_and_english_apostrophes_survive_it() throws IOException {
        for (String name : new String[] {"messages_zh.properties", "messages_en.properties"}) {
            Properties texts = bundle(name);
            texts.stringPropertyNames().forEach(key -> new MessageFormat(texts.getProperty(key)));
        }
        String mine = new MessageFormat(bundle("messages_en.properties").getProperty("kiosk.my-bookings.title"))
                .format(new Object[0]);

        assertThat(mine).isEqualTo("My bookings (and my relatives')");
    }
}
