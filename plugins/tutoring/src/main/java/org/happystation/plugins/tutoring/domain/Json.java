package org.happystation.plugins.tutoring.domain;

import java.util.List;
import java.util.Map;

/**
 * Reading and writing the plugin's records with the plugin API's JSON codec, and the field look-ups
 * the records use.
 */
public final class Json {

    private Json() {}

    /** Reads a JSON object. */
    public static Map<String, Object> parseObject(String text) {
        return org.happystation.plugin.api.Json.parseObject(text);
    }

    /** Writes maps, iterables, strings, numbers, booleans and null as JSON; anything else as its text. */
    public static String write(Object value) {
        return org.happystation.plugin.api.Json.write(value);
    }

    /** A text field of a parsed object, or {@code ""}. */
    public static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    /** A whole-number field of a parsed object, or 0. */
    public static long number(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number number ? number.longValue() : 0;
    }

    /** A yes/no field of a parsed object, or false. */
    public static boolean yes(Map<String, Object> map, String key) {
        return Boolean.TRUE.equals(map.get(key));
    }

    /** A list field of a parsed object, or an empty list. */
    public static List<?> list(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> list ? list : List.of();
    }

    /** The whole numbers of a list field. */
    public static List<Long> numbers(Map<String, Object> map, String key) {
        return list(map, key).stream()
                .filter(Number.class::isInstance)
                .map(n -> ((Number) n).longValue())
                .toList();
    }
}
