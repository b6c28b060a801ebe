package org.happystation.kiosk.stations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A happiness station (幸福驿站): a service centre in one community. */
@Entity
public class Station {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String community;

    @Column(nullable = false)
    private String address;

    @Column(name = "opening_hours", nullable = false)
    private String openingHours;

    private String phone;

    private boolean retired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Station() {}

    public Station(String code, String name, String community, String address, String openingHours, Instant createdAt) {
        this.code = requireText(code, "A station needs a code.");
        this.createdAt = Objects.requireNonNull(createdAt);
        describe(name, community, address, openingHours, null);
    }

    /** Changes what residents read about the station. */
    public void describe(String name, String community, String address, String openingHours, String phone) {
        this.name = requireText(name, "A station needs a name.");
        this.community = requireText(community, "A station needs its community.");
        this.address = requireText(address, "A station needs an address.");
        this.openingHours = requireText(openingHours, "A station needs opening hours.");
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    public void retire() {
        this.retired = true;
    }

    static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.trim();
    }

    public StationId id() {
        return new StationId(id);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String community() {
        return community;
    }

    public String address() {
        return address;
    }

    public String openingHours() {
        return openingHours;
    }

    public String phone() {
        return phone;
    }

    public boolean retired() {
        return retired;
    }
}
