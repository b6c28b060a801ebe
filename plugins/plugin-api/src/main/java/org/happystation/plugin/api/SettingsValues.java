package org.happystation.plugin.api;

/** The plugin's settings for the context's station: the manager's values, or the schema's defaults. */
public interface SettingsValues {

    /** The value of a setting declared in the plugin's {@link SettingsSchema}. */
    String get(String key);

    default long number(String key) {
        return Long.parseLong(get(key));
    }

    default boolean yes(String key) {
        return Boolean.parseBoolean(get(key));
    }
}
