package org.happystation.kiosk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text on screen comes from the bundles, in Chinese and in English. */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.-]+)\"");

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        assertThat(load("translations_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("translations_zh.properties").stringPropertyNames());
    }

    @Test
    void the_default_bundle_is_the_chinese_one() throws IOException {
        assertThat(load("translations.properties")).isEqualTo(load("translations_zh.properties"));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var keys = load("translations_zh.properties").stringPropertyNames();
        // A key ending in a dot is a prefix completed at run time, such as "role." + the role's name.
        assertThat(keysUsedInCode()).isNotEmpty().allSatisfy(key -> assertThat(keys)
                .anyMatch(existing -> key.endsWith(".") ? existing.startsWith(key) : existing.equals(key)));
    }

    private static Set<String> keysUsedInCode() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
