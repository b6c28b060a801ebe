package org.happystation.plugin.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.pf4j.ExtensionPoint;

/**
 * Optional: the settings a station manager gives the plugin for their station (prices, opening times, a
 * subsidy...). The host shows them as a form in the console, checks the values against this schema and
 * keeps them per station; the plugin reads them through {@link PluginContext#settings()}.
 */
public interface SettingsSchema extends ExtensionPoint {

    List<Setting> settings();

    /** What kind of value a setting takes. */
    enum Type {
        TEXT,
        /** A whole number. */
        NUMBER,
        YES_NO,
        /** One of {@link Setting#choices()}. */
        CHOICE
    }

    /**
     * One setting.
     *
     * @param key lower-case letters, digits, dots and dashes
     * @param labels the label by language tag; {@code zh} is required
     * @param defaultValue the value until a manager sets one; must be valid for the type
     * @param choices the allowed values of a {@link Type#CHOICE}; empty for other types
     */
    record Setting(String key, Type type, Map<String, String> labels, String defaultValue, List<String> choices) {

        public Setting {
            Objects.requireNonNull(key, "A setting needs a key.");
            if (!key.matches("[a-z0-9][a-z0-9.-]{0,62}")) {
                throw new IllegalArgumentException(
                        "A setting's key has lower-case letters, digits, dots and dashes: " + key);
            }
            Objects.requireNonNull(type, "A setting needs a type.");
            labels = Map.copyOf(labels);
            if (!labels.containsKey("zh")) {
                throw new IllegalArgumentException("A setting needs a Chinese label (zh): " + key);
            }
            choices = choices == null ? List.of() : List.copyOf(choices);
            if (type == Type.CHOICE && choices.isEmpty()) {
                throw new IllegalArgumentException("A choice setting needs its choices: " + key);
            }
            if (!accepts(type, choices, defaultValue)) {
                throw new IllegalArgumentException(
                        "The default of " + key + " is not a valid " + type + ": " + defaultValue);
            }
        }

        public static Setting text(String key, Map<String, String> labels, String defaultValue) {
            return new Setting(key, Type.TEXT, labels, defaultValue, List.of());
        }

        public static Setting number(String key, Map<String, String> labels, long defaultValue) {
            return new Setting(key, Type.NUMBER, labels, String.valueOf(defaultValue), List.of());
        }

        public static Setting yesNo(String key, Map<String, String> labels, boolean defaultValue) {
            return new Setting(key, Type.YES_NO, labels, String.valueOf(defaultValue), List.of());
        }

        /** The label in the locale's language, falling back to Chinese. */
        public String label(Locale locale) {
            return labels.getOrDefault(locale.getLanguage(), labels.get("zh"));
        }

        /** Whether a value is valid for this setting. */
        public boolean accepts(String value) {
            return accepts(type, choices, value);
        }

        private static boolean accepts(Type type, List<String> choices, String value) {
            if (value == null) {
                return false;
            }
            return switch (type) {
                case TEXT -> value.length() <= 1000;
                case NUMBER -> value.matches("-?\\d{1,18}");
                case YES_NO -> value.equals("true") || value.equals("false");
                case CHOICE -> choices.contains(value);
            };
        }
    }
}
