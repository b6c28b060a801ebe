package org.happystation.plugins.example;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.pf4j.Extension;

/** A tile on the home screen and the screen it opens. */
@Extension
public class ExampleService implements ServiceExtension {

    @Override
    public ServiceTile tile() {
        return new ServiceTile("example-plugin", Map.of("zh", "示例服务", "en", "Example service"), "vaadin:star", 900);
    }

    @Override
    public Component createKioskView(KioskContext context) {
        String greeting = context.resident()
                .map(resident -> context.message("greeting.resident", resident.name()))
                .orElse(context.message("greeting.guest"));
        var screen = new Div(
                new H1(greeting),
                new Paragraph(context.message("explanation", context.station().name())));
        if (context.settings().yes(ExampleSettings.SHOW_QR)) {
            screen.add(context.qrCodes().image(context.station().name(), 200, context.message("qr.description")));
        }
        String notice = context.settings().get(ExampleSettings.NOTICE);
        if (!notice.isBlank()) {
            var paragraph = new Paragraph(notice);
            paragraph.setId("example-plugin-notice");
            screen.add(paragraph);
        }
        screen.add(new Button(context.message("done"), click -> context.goHome()));
        screen.setId("example-plugin-screen");
        context.logger().info("Example screen opened at {}", context.kioskName());
        return screen;
    }
}
