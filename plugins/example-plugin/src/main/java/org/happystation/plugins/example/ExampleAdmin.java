package org.happystation.plugins.example;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.AdminExtension;
import org.pf4j.Extension;

/** The station manager's screen of the example: says for which station and who is looking. */
@Extension
public class ExampleAdmin implements AdminExtension {

    @Override
    public Component createAdminView(AdminContext context) {
        var screen = new Div(
                new Paragraph(context.message("admin.text", context.station().name(), context.actor())));
        screen.setId("example-plugin-admin");
        return screen;
    }
}
