package org.happystation.kiosk.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.happystation.kiosk.base.SlowHash;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.stations.StationId;

/** A console account. City administrators have no station; everyone else belongs to exactly one. */
@Entity
public class Account {

    public static final int MIN_PASSWORD_LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "station_id")
    private Long stationId;

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {}

    public Account(
            String username, String displayName, String password, Role role, StationId station, Instant createdAt) {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{2,63}")) {
            throw new IllegalArgumentException(
                    "A user name has 3 to 64 lower-case letters, digits, dots, dashes or underscores and starts with a letter.");
        }
        this.username = username;
        this.createdAt = createdAt;
        rename(displayName);
        assign(role, station);
        changePassword(password);
    }

    public void rename(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An account needs a display name.");
        }
        this.displayName = displayName.trim();
    }

    public void assign(Role role, StationId station) {
        if (role == Role.RESIDENT) {
            throw new IllegalArgumentException("Residents sign in at the kiosk with their PIN, not with an account.");
        }
        if (role != Role.CITY_ADMIN && station == null) {
            throw new IllegalArgumentException("Everyone but a city administrator belongs to a station.");
        }
        this.role = role;
        this.stationId = role == Role.CITY_ADMIN ? null : station.value();
    }

    public void changePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        this.passwordHash = SlowHash.hash(password);
    }

    public boolean passwordMatches(String password) {
        return enabled && SlowHash.matches(password, passwordHash);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Actor asActor() {
        return new Actor(username, role, station());
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Optional<StationId> station() {
        return Optional.ofNullable(stationId).map(StationId::new);
    }

    public boolean enabled() {
        return enabled;
    }
}
