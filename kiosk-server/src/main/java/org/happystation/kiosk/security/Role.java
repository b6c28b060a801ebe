package org.happystation.kiosk.security;

/** The roles of DESIGN.md "Security". Names are the Jakarta Security group names. */
public enum Role {
    RESIDENT,
    VOLUNTEER,
    STAFF,
    STATION_MANAGER,
    CITY_ADMIN;

    /** Roles that may sign in to the manager console and the REST API. */
    public boolean usesConsole() {
        return this == STAFF || this == STATION_MANAGER || this == CITY_ADMIN;
    }
}
