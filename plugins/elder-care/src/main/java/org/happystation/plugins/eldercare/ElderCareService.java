package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.Component;
import java.util.Map;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.pf4j.Extension;

/** The elder-care tile on the kiosk home screen and the booking screen it opens. */
@Extension
public class ElderCareService implements ServiceExtension {

    @Override
    public ServiceTile tile() {
        return new ServiceTile("elder-care", Map.of("zh", "养老助养", "en", "Elder care"), "vaadin:heart", 30);
    }

    @Override
    public Component createKioskView(KioskContext context) {
        return new KioskScreen(context);
    }
}
