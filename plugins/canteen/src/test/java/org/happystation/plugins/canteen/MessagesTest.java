package org.happystation.plugins.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.happystation.plugins.canteen.domain.Meal;
import org.happystation.plugins.canteen.domain.OrderState;
import org.happystation.plugins.canteen.domain.Tier;
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
        var literal = Pattern.compile("(?:message|CanteenException)\\(\"([a-z0-9.-]+[a-z0-9])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                literal.matcher(Files.readString(file))
                        .results()
                        .map(match -> match.group(1))
                        .forEach(keys::add);
            }
        }
        for (Meal meal : Meal.values()) {
            keys.add("meal." + meal.key());
        }
        for (Tier tier : Tier.values()) {
            keys.add(tier.messageKey());
        }
        for (OrderState state : OrderState.values()) {
            keys.add(state.messageKey());
        }
        return keys;
    }

    @Test
    void every_text_the_screens_use_is_in_chinese_and_english() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used).contains("kiosk.confirm.button", "order.sitting-full");

        assertThat(bundle("messages_zh.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void english_has_exactly_the_chinese_keys_and_the_default_bundle_is_chinese() throws IOException {
        Properties zh = bundle("messages_zh.properties");

        assertThat(bundle("messages_en.properties").stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(bundle("messages.properties")).isEqualTo(zh);
    }
}
