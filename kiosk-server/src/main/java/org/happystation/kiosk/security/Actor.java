package org.happystation.kiosk.security;

import java.util.Objects;
import org.happystation.kiosk.stations.StationId;

/**
 * The person on whose behalf a service runs: checked for permission and written to the audit log.
 *
 * @param station the station a manager or staff member belongs to; empty for a city administrator
 */
public record Actor(String username, Role role, java.util.Optional<StationId> station) {

    /** The server itself, for first-start set-up and the demo seed. */
    public static final Actor SYSTEM = new Actor("system", Role.CITY_ADMIN, java.util.Optional.empty());

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        Objects.requireNonNull(station);
    }

    public boolean isCityAdmin() {
        return role == Role.CITY_ADMIN;
    }

    /** City administrators manage every station; a station manager only their own. */
    public boolean canManage(StationId stationId) {
        return isCityAdmin()
                || (role == Role.STATION_MANAGER
                        && station.map(stationId::equals).orElse(false));
    }

    public void requireCanManage(StationId stationId) {
        if (!canManage(stationId)) {
            throw new NotPermittedException(username + " may not manage station " + stationId.value());
        }
    }

    /** Residents and notifications are kept by the console users of their station, and by city administrators. */
    public void requireStaffOf(StationId stationId) {
        boolean ownStation = station.map(stationId::equals).orElse(false);
        if (!isCityAdmin() && !(ownStation && role.usesConsole())) {
            throw new NotPermittedException(username + " is not staff of station " + stationId.value());
        }
    }

    public void requireCityAdmin() {
        if (!isCityAdmin()) {
            throw new NotPermittedException(username + " is not a city administrator");
        }
    }
}
