package org.happystation.points.base;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks the volunteer module to do something, as the server that runs it authenticated them. The
 * module checks permissions against this and never looks at accounts itself.
 *
 * @param station the station of staff and managers; empty for a city administrator and for volunteers
 * @param volunteer set when a volunteer acts for themselves
 */
public record Operator(String name, Role role, Optional<StationRef> station, Optional<Long> volunteer) {

    public enum Role {
        VOLUNTEER,
        STAFF,
        STATION_MANAGER,
        CITY_ADMIN
    }

    public static final Operator SYSTEM = new Operator("system", Role.CITY_ADMIN, Optional.empty(), Optional.empty());

    public Operator {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(station);
        Objects.requireNonNull(volunteer);
    }

    public static Operator volunteer(long volunteerId) {
        return new Operator("volunteer-" + volunteerId, Role.VOLUNTEER, Optional.empty(), Optional.of(volunteerId));
    }

    public boolean isCityAdmin() {
        return role == Role.CITY_ADMIN;
    }

    /** Staff check volunteers in and accept vouchers at their own station. */
    public void requireStaffOf(StationRef where) {
        boolean own = station.map(where::equals).orElse(false);
        if (!isCityAdmin() && !(own && (role == Role.STAFF || role == Role.STATION_MANAGER))) {
            throw new PointsRefused(
                    PointsRefused.Reason.NOT_PERMITTED, name + " is not staff of station " + where.id());
        }
    }

    /** Managers define activities, approve hours and keep the catalogue of their own station. */
    public void requireManagerOf(StationRef where) {
        boolean own = station.map(where::equals).orElse(false);
        if (!isCityAdmin() && !(own && role == Role.STATION_MANAGER)) {
            throw new PointsRefused(PointsRefused.Reason.NOT_PERMITTED, name + " may not manage station " + where.id());
        }
    }

    public void requireCityAdmin() {
        if (!isCityAdmin()) {
            throw new PointsRefused(PointsRefused.Reason.NOT_PERMITTED, name + " is not a city administrator");
        }
    }

    /** A volunteer may act only for themselves; staff of the volunteer's station for them. */
    public void requireSelfOrStaffOf(long volunteerId, StationRef volunteersStation) {
        if (volunteer.map(own -> own == volunteerId).orElse(false)) {
            return;
        }
        requireStaffOf(volunteersStation);
    }
}
