package org.happystation.kiosk.stations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service point run by a station, such as the canteen 溢香家 or the tutoring room 育英家. */
@Entity
@Table(name = "station_facility")
public class StationFacility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FacilityKind kind;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private int position;

    protected StationFacility() {}

    public StationFacility(StationId station, String name, FacilityKind kind, String summary, int position) {
        this.stationId = station.value();
        this.name = Station.requireText(name, "A service point needs a name.");
        this.kind = kind;
        this.summary = summary == null ? "" : summary.trim();
        this.position = position;
    }

    public String name() {
        return name;
    }

    public FacilityKind kind() {
        return kind;
    }

    public String summary() {
        return summary;
    }

    public int position() {
        return position;
    }
}
