package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import java.util.Map;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugin.api.ServiceExtension;
import org.happystation.plugin.api.ServiceTile;
import org.pf4j.Extension;

/** The canteen's tile on the kiosk home screen and the ordering screen it opens. */
@Extension
public class CanteenService implements ServiceExtension {

    @Override
    public ServiceTile tile() {
        return new ServiceTile("canteen", Map.of("zh", "社区食堂", "en", "Canteen"), "vaadin:cutlery", 20);
    }

    @Override
    public Component createKioskView(KioskContext context) {
        return new KioskScreen(context);
    }
}
