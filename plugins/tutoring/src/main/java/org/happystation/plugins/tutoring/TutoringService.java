package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import java.util.Map;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.pf4j.Extension;

/** The tutoring tile on the kiosk home screen and the screen it opens, for parents and tutors. */
@Extension
public class TutoringService implements ServiceExtension {

    @Override
    public ServiceTile tile() {
        return new ServiceTile("tutoring", Map.of("zh", "课后辅导", "en", "Tutoring"), "vaadin:academy-cap", 40);
    }

    @Override
    public Component createKioskView(KioskContext context) {
        return new KioskScreen(context);
    }
}
