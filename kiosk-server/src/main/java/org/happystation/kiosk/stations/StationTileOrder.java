package org.happystation.kiosk.stations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One tile's place on a station's home screen. */
@Entity
@Table(name = "station_tile_order")
@IdClass(StationTileOrder.Key.class)
class StationTileOrder {

    static class Key implements Serializable {
        long stationId;
        String tileId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.stationId == stationId && java.util.Objects.equals(k.tileId, tileId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(stationId, tileId);
        }
    }

    @Id
    @Column(name = "station_id")
    private long stationId;

    @Id
    @Column(name = "tile_id")
    private String tileId;

    @Column(nullable = false)
    private int position;

    protected StationTileOrder() {}

    StationTileOrder(StationId station, String tileId, int position) {
        this.stationId = station.value();
        this.tileId = tileId;
        this.position = position;
    }
}
