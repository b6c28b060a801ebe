package org.happystation.kiosk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * Chinese first, English one touch away, whatever the browser asks for. The choice holds for the
 * session (a reload keeps it) until the kiosk's idle reset returns to Chinese.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.CHINESE;

    private Languages() {}

    /** The language this session chose, or Chinese. */
    public static Locale chosen(VaadinSession session) {
        Locale chosen = session == null ? null : session.getAttribute(Locale.class);
        return chosen == null ? DEFAULT : chosen;
    }

    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(Locale.class, locale);
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
