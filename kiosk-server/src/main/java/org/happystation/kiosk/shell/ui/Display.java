package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;

/** How the kiosk shows itself to the person in front of it: larger text, high contrast. For this session only. */
record Display(boolean largerText, boolean highContrast) implements Serializable {

    static final Display ORDINARY = new Display(false, false);

    static Display current() {
        var session = VaadinSession.getCurrent();
        Display chosen = session == null ? null : session.getAttribute(Display.class);
        return chosen == null ? ORDINARY : chosen;
    }

    static void forget() {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Display.class, null);
        }
    }

    void keep() {
        VaadinSession.getCurrent().setAttribute(Display.class, this);
    }

    Display withLargerText(boolean on) {
        return new Display(on, highContrast);
    }

    Display withHighContrast(boolean on) {
        return new Display(largerText, on);
    }
}
