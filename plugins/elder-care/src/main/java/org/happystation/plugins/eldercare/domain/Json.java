package org.happystation.plugins.eldercare.domain;

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

    /** Writes maps, lists, strings, numbers, booleans and null as JSON. */
    public static String write(Object value) {
        return org.happystation.plugin.api.Json.write(value);
    }

    /** A text field of a parsed object, or {@code ""}. */
    public static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    /** A whole-number field of a parsed object, or {@code fallback}. */
    public static long number(Map<String, Object> map, String key, long fallback) {
        return map.get(key) instanceof Number number ? number.longValue() : fallback;
    }

    /** A yes/no field of a parsed object, or false. */
    public static boolean yes(Map<String, Object> map, String key) {
        return Boolean.TRUE.equals(map.get(key));
    }

    /** A list of texts of a parsed object, or an empty list. */
    public static List<String> texts(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** An object field of a parsed object, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> map, String key) {
        return map.get(key) instanceof Map<?, ?> inner ? (Map<String, Object>) inner : Map.of();
    }
}
