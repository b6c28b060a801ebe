package org.happystation.points.rewards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.happystation.points.base.StationRef;
import org.happystation.points.ledger.Points;

/** An entry of a station's catalogue. Stock is counted down by a guarded update, never below zero. */
@Entity
public class Reward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private long stationId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private long price;

    /** Null: as many as are asked for. */
    private Integer stock;

    @Column(name = "per_person_limit")
    private Integer perPersonLimit;

    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Reward() {}

    Reward(StationRef station, RewardDetails details, Instant createdAt) {
        this.stationId = station.id();
        this.createdAt = createdAt;
        change(details);
    }

    void change(RewardDetails details) {
        this.title = details.title();
        this.description = details.description();
        this.price = details.price().amount();
        this.stock = details.stock();
        this.perPersonLimit = details.perPersonLimit();
        this.active = details.active();
    }

    public long id() {
        return id;
    }

    public StationRef station() {
        return new StationRef(stationId);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Points price() {
        return Points.of(price);
    }

    public Integer stock() {
        return stock;
    }

    public Integer perPersonLimit() {
        return perPersonLimit;
    }

    public boolean active() {
        return active;
    }

    public RewardDetails details() {
        return new RewardDetails(title, description, price(), stock, perPersonLimit, active);
    }
}
