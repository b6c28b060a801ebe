package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** Shown in place of a service that failed or is not running: calm words and what to do next. */
public class PluginUnavailablePanel extends Section {

    public PluginUnavailablePanel(boolean failed) {
        addClassName("plugin-unavailable");
        setId("plugin-unavailable");
        getElement().setAttribute("role", "alert");
        String kind = failed ? "failed" : "missing";
        add(
                new H1(getTranslation("service." + kind + ".title")),
                new Paragraph(getTranslation("service." + kind + ".text")));
    }
}
