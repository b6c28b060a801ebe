package org.happystation.kiosk.plugins;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.PointsWallet;
import org.happystation.plugin.api.QrCodes;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.StationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context the host gives a plugin's kiosk screen. Messages come from the bundle {@code messages} in
 * the package of the plugin's extension, loaded by the plugin's own class loader.
 */
public record HostKioskContext(
        String pluginId,
        StationInfo station,
        String kioskName,
        Optional<ResidentInfo> resident,
        Locale locale,
        Class<?> extensionClass,
        Clock clock,
        QrCodes qrCodes,
        PointsWallet wallet,
        Runnable homeAction)
        implements KioskContext {

    @Override
    public String message(String key, Object... arguments) {
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

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin." + pluginId);
    }

    @Override
    public void goHome() {
        homeAction.run();
    }
}
