package org.happystation.points.host;

import java.util.List;
import java.util.Optional;
import org.happystation.points.base.StationRef;

/** The stations of the server, by name, for volunteers choosing where to register and reading where rewards are. */
public interface StationDirectory {

    record StationName(StationRef station, String name) {}

    List<StationName> stations();

    Optional<String> nameOf(StationRef station);
}
