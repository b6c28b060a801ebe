package org.happystation.kiosk.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings. Styles are plain CSS served from the WAR (no frontend build): Lumo, then the
 * station's own sheet with its large type, large targets and high-contrast colours. Server push lets
 * open kiosks show a new service's tile the moment it starts.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/station.css")
@Viewport("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("幸福驿站 Happiness Station");
        settings.addLink("icon", "icons/station.svg");
        settings.addInlineWithContents(Inline.Position.PREPEND, "<html lang=\"zh\"></html>", Inline.Wrapping.NONE);
    }
}
