package org.happystation.points.volunteers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.happystation.points.base.StationRef;

/** A registered volunteer. Personal numbers arrive already protected; the entity never sees them in clear. */
@Entity
public class Volunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "id_number_cipher", nullable = false)
    private String idNumberCipher;

    @Column(name = "id_number_lookup", nullable = false, unique = true)
    private String idNumberLookup;

    @Column(name = "id_number_masked", nullable = false)
    private String idNumberMasked;

    @Column(name = "phone_cipher", nullable = false)
    private String phoneCipher;

    @Column(name = "phone_lookup", nullable = false, unique = true)
    private String phoneLookup;

    @Column(name = "phone_masked", nullable = false)
    private String phoneMasked;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String area;

    @Column(nullable = false)
    private String skills;

    @Column(nullable = false)
    private String categories;

    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VolunteerStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Volunteer() {}

    Volunteer(
            StationRef station,
            VolunteerProfile profile,
            Protected idNumber,
            Protected phone,
            VolunteerStatus status,
            Instant registeredAt) {
        this.stationId = station.id();
        this.idNumberCipher = idNumber.cipher();
        this.idNumberLookup = idNumber.lookup();
        this.idNumberMasked = idNumber.masked();
        this.phoneCipher = phone.cipher();
        this.phoneLookup = phone.lookup();
        this.phoneMasked = phone.masked();
        this.status = status;
        this.registeredAt = registeredAt;
        update(profile);
    }

    /** A personal number as stored: encrypted, a keyed hash for look-ups, and the masked form for lists. */
    record Protected(String cipher, String lookup, String masked) {}

    void update(VolunteerProfile profile) {
        this.name = profile.name();
        this.sex = profile.idNumber().sex();
        this.birthDate = profile.idNumber().birthDate();
        this.area = profile.area();
        this.skills = String.join(",", profile.skills());
        this.categories = String.join(",", profile.categories());
        this.team = profile.team();
    }

    void approve() {
        if (status == VolunteerStatus.PENDING || status == VolunteerStatus.SUSPENDED) {
            status = VolunteerStatus.ACTIVE;
        }
    }

    void suspend() {
        status = VolunteerStatus.SUSPENDED;
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    String passwordHash() {
        return passwordHash;
    }

    public VolunteerId id() {
        return new VolunteerId(id);
    }

    public StationRef station() {
        return new StationRef(stationId);
    }

    public String name() {
        return name;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String idNumberMasked() {
        return idNumberMasked;
    }

    public String phoneMasked() {
        return phoneMasked;
    }

    String phoneLookup() {
        return phoneLookup;
    }

    public String area() {
        return area;
    }

    public List<String> skills() {
        return split(skills);
    }

    public List<String> categories() {
        return split(categories);
    }

    public String team() {
        return team;
    }

    public VolunteerStatus status() {
        return status;
    }

    public boolean active() {
        return status == VolunteerStatus.ACTIVE;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    private static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
