package org.happystation.kiosk.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Year;
import java.util.Objects;
import org.happystation.kiosk.base.FieldProtector;
import org.happystation.kiosk.base.SlowHash;
import org.happystation.kiosk.stations.StationId;

/** A resident registered at a station. */
@Entity
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "phone_lookup", nullable = false, unique = true)
    private String phoneLookup;

    @Column(name = "phone_cipher", nullable = false)
    private String phoneCipher;

    @Column(name = "phone_masked", nullable = false)
    private String phoneMasked;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(name = "pin_hash")
    private String pinHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Resident() {}

    public Resident(
            StationId station,
            String name,
            PhoneNumber phone,
            int birthYear,
            FieldProtector protector,
            Instant createdAt) {
        this.stationId = station.value();
        this.createdAt = Objects.requireNonNull(createdAt);
        update(name, phone, birthYear, protector);
    }

    public void update(String name, PhoneNumber phone, int birthYear, FieldProtector protector) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A resident needs a name.");
        }
        int thisYear = Year.now().getValue();
        if (birthYear < 1900 || birthYear > thisYear) {
            throw new IllegalArgumentException("The birth year is between 1900 and " + thisYear + ".");
        }
        this.name = name.trim();
        this.birthYear = birthYear;
        this.phoneLookup = protector.lookupHash(phone.digits());
        this.phoneCipher = protector.encrypt(phone.digits());
        this.phoneMasked = phone.masked();
    }

    public void choosePin(Pin pin) {
        this.pinHash = SlowHash.hash(pin.digits());
    }

    public boolean pinMatches(String digits) {
        return pinHash != null && SlowHash.matches(digits, pinHash);
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    public PhoneNumber phone(FieldProtector protector) {
        return new PhoneNumber(protector.decrypt(phoneCipher));
    }

    /** The keyed hash of the phone number, which the volunteer module's register shares. */
    public String phoneLookup() {
        return phoneLookup;
    }

    public String maskedPhone() {
        return phoneMasked;
    }

    /** Age reached in the given year; canteen prices are by age tier (DOMAIN.md). */
    public int ageIn(int year) {
        return year - birthYear;
    }

    public ResidentId id() {
        return new ResidentId(id);
    }

    public StationId station() {
        return new StationId(stationId);
    }

    public String name() {
        return name;
    }

    public int birthYear() {
        return birthYear;
    }
}
