package org.happystation.kiosk.stations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.happystation.kiosk.base.SlowHash;

/**
 * A touch-screen kiosk of a station. A manager creates it and gets a one-time code; the code entered on
 * the kiosk exchanges for a device token that the kiosk's browser keeps. Only hashes are stored.
 */
@Entity
public class Kiosk {

    /** How long a one-time registration code stays valid. */
    public static final Duration CODE_VALIDITY = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KioskStatus status;

    @Column(name = "registration_code_hash")
    private String registrationCodeHash;

    @Column(name = "registration_code_expires")
    private Instant registrationCodeExpires;

    @Column(name = "device_token_hash", unique = true)
    private String deviceTokenHash;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Kiosk() {}

    public Kiosk(StationId station, String name, Instant createdAt) {
        this.stationId = station.value();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = KioskStatus.AWAITING_REGISTRATION;
        rename(name);
    }

    public void rename(String name) {
        this.name = Station.requireText(name, "A kiosk needs a name.");
    }

    /** Issues a new one-time code (the old one stops working); the kiosk must enter it again. */
    public void expectRegistration(String oneTimeCode, Instant now) {
        requireNotRetired();
        this.registrationCodeHash = SlowHash.sha256Hex(oneTimeCode);
        this.registrationCodeExpires = now.plus(CODE_VALIDITY);
        this.deviceTokenHash = null;
        this.status = KioskStatus.AWAITING_REGISTRATION;
    }

    public boolean acceptsCode(String oneTimeCode, Instant now) {
        return status == KioskStatus.AWAITING_REGISTRATION
                && registrationCodeHash != null
                && now.isBefore(registrationCodeExpires)
                && registrationCodeHash.equals(SlowHash.sha256Hex(oneTimeCode));
    }

    /** Completes registration: the code is used up and the device token is what identifies the kiosk now. */
    public void register(String deviceToken, Instant now) {
        requireNotRetired();
        this.deviceTokenHash = SlowHash.sha256Hex(deviceToken);
        this.registrationCodeHash = null;
        this.registrationCodeExpires = null;
        this.registeredAt = now;
        this.lastSeenAt = now;
        this.status = KioskStatus.ACTIVE;
    }

    /** A retired kiosk's token stops working at once. */
    public void retire() {
        this.status = KioskStatus.RETIRED;
        this.deviceTokenHash = null;
        this.registrationCodeHash = null;
    }

    private void requireNotRetired() {
        if (status == KioskStatus.RETIRED) {
            throw new IllegalStateException("This kiosk is retired.");
        }
    }

    public KioskId id() {
        return new KioskId(id);
    }

    public StationId station() {
        return new StationId(stationId);
    }

    public String name() {
        return name;
    }

    public KioskStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
