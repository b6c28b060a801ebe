package org.happystation.points.base;

/** A station of the server that runs this module, by its id there. */
public record StationRef(long id) {

    public StationRef {
        if (id <= 0) {
            throw new IllegalArgumentException("A station id is positive: " + id);
        }
    }
}
