package org.happystation.kiosk.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.points.base.StationRef;
import org.happystation.points.host.StationDirectory;

/** The server's stations as the volunteer module sees them: an id and a name. */
@ApplicationScoped
public class StationNames implements StationDirectory {

    @Inject
    StationService stations;

    @Override
    public List<StationName> stations() {
        return stations.stations(Actor.SYSTEM).stream()
                .map(station -> new StationName(new StationRef(station.id().value()), station.name()))
                .toList();
    }

    @Override
    public Optional<String> nameOf(StationRef station) {
        return stations.station(new StationId(station.id())).map(found -> found.name());
    }
}
