package org.happystation.kiosk.plugins;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A plugin's texts: the bundle {@code messages} in the package of the extension being called, loaded by
 * the plugin's own class loader (so its cache entries go when the plugin unloads).
 */
final class PluginMessages {

    private PluginMessages() {}

    static String message(Class<?> extensionClass, Locale locale, String key, Object... arguments) {
        try {
            var bundle = ResourceBundle.getBundle(
                    extensionClass.getPackageName() + ".messages",
                    locale,
                    extensionClass.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
