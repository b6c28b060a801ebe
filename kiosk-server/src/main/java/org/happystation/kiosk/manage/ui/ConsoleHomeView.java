package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.stations.StationService;

/** The console's first page: the stations the signed-in person looks after, with their kiosks. */
@Route(value = "manage", layout = ConsoleLayout.class)
@PageTitle("管理后台 Console")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class ConsoleHomeView extends Div {

    @Inject
    public ConsoleHomeView(CurrentActor currentActor, StationService stations) {
        addClassName("console-view");
        var actor = SignedIn.actor(currentActor);
        add(new H2(getTranslation("console.home.title", actor.username())));
        for (var station : stations.stations(actor)) {
            var kiosks = stations.kiosks(station.id());
            long active = kiosks.stream()
                    .filter(k -> k.status().name().equals("ACTIVE"))
                    .count();
            var line = new Paragraph(getTranslation("console.home.station", station.name(), active, kiosks.size()));
            line.addClassName("console-station-line");
            add(line);
        }
    }
}
