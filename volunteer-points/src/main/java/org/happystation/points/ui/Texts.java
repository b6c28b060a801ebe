package org.happystation.points.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.happystation.points.base.PointsRefused;

/**
 * The module's own texts, so that it carries its words with it instead of adding to the server's bundle.
 * Chinese is the default; English where the session chose it.
 */
public final class Texts {

    static final String BUNDLE = "org.happystation.points.ui.messages";

    private Texts() {}

    public static String get(Locale locale, String key, Object... args) {
        var bundle = ResourceBundle.getBundle(
                BUNDLE,
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            // Apostrophes are text here, never MessageFormat quoting.
            return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A refusal as a full sentence saying what happened and what to do. */
    public static String refusal(Locale locale, PointsRefused refused) {
        return get(locale, "refused." + refused.reason().name());
    }

    /** Why a record waits for review: a known reason in the reader's language, or the manager's own words. */
    public static String reviewReason(Locale locale, String stored) {
        try {
            return get(
                    locale,
                    "review."
                            + org.happystation.points.records.ReviewReason.valueOf(stored)
                                    .name());
        } catch (IllegalArgumentException managersOwnWords) {
            return stored;
        }
    }
}
