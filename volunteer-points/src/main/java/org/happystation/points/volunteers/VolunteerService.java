package org.happystation.points.volunteers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.happystation.points.base.Codes;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;
import org.happystation.points.host.PasswordHasher;
import org.happystation.points.host.PersonalDataVault;

/** Registration, approval, passwords and remembered phones of volunteers. */
@ApplicationScoped
public class VolunteerService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "points")
    EntityManager em;

    @Inject
    PersonalDataVault vault;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    /** Staff register a volunteer at the counter: active at once. */
    @Transactional
    public Volunteer register(Operator operator, StationRef station, VolunteerProfile profile, String password) {
        operator.requireStaffOf(station);
        return create(station, profile, password, VolunteerStatus.ACTIVE);
    }

    /** A volunteer registers on their phone: waits for a manager of the station. */
    @Transactional
    public Volunteer registerThemselves(StationRef station, VolunteerProfile profile, String password) {
        requirePassword(password);
        return create(station, profile, password, VolunteerStatus.PENDING);
    }

    private Volunteer create(StationRef station, VolunteerProfile profile, String password, VolunteerStatus status) {
        String idLookup = vault.lookupHash(profile.idNumber().value());
        String phoneLookup = vault.lookupHash(profile.phone());
        boolean taken = !em.createQuery(
                        "select v.id from Volunteer v where v.idNumberLookup = :id or v.phoneLookup = :phone",
                        Long.class)
                .setParameter("id", idLookup)
                .setParameter("phone", phoneLookup)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new PointsRefused(
                    Reason.ALREADY_REGISTERED,
                    "A volunteer with this ID number or phone number is registered already.");
        }
        var volunteer = new Volunteer(
                station,
                profile,
                new Volunteer.Protected(
                        vault.encrypt(profile.idNumber().value()),
                        idLookup,
                        profile.idNumber().masked()),
                new Volunteer.Protected(vault.encrypt(profile.phone()), phoneLookup, profile.phoneMasked()),
                status,
                clock.instant());
        if (password != null && !password.isEmpty()) {
            requirePassword(password);
            volunteer.setPasswordHash(passwords.hash(password));
        }
        em.persist(volunteer);
        return volunteer;
    }

    @Transactional
    public Volunteer approve(Operator operator, VolunteerId id) {
        var volunteer = get(id);
        operator.requireManagerOf(volunteer.station());
        volunteer.approve();
        return volunteer;
    }

    @Transactional
    public Volunteer suspend(Operator operator, VolunteerId id) {
        var volunteer = get(id);
        operator.requireManagerOf(volunteer.station());
        volunteer.suspend();
        em.createQuery("delete from RememberedDevice d where d.volunteerId = :id")
                .setParameter("id", id.value())
                .executeUpdate();
        return volunteer;
    }

    @Transactional
    public void setPassword(Operator operator, VolunteerId id, String password) {
        var volunteer = get(id);
        operator.requireSelfOrStaffOf(id.value(), volunteer.station());
        requirePassword(password);
        volunteer.setPasswordHash(passwords.hash(password));
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new PointsRefused(
                    Reason.INVALID_INPUT, "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    public Volunteer get(VolunteerId id) {
        var volunteer = em.find(Volunteer.class, id.value());
        if (volunteer == null) {
            throw new PointsRefused(Reason.NOT_FOUND, "No volunteer " + id.value());
        }
        return volunteer;
    }

    public Optional<Volunteer> find(VolunteerId id) {
        return Optional.ofNullable(em.find(Volunteer.class, id.value()));
    }

    public Optional<Volunteer> byPhone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        return em.createQuery("select v from Volunteer v where v.phoneLookup = :phone", Volunteer.class)
                .setParameter("phone", vault.lookupHash(phone.replaceAll("[\\s-]", "")))
                .getResultStream()
                .findFirst();
    }

    /** The keyed hash of a volunteer's phone number, to find the same person in the server's resident register. */
    public String phoneLookupOf(VolunteerId id) {
        return get(id).phoneLookup();
    }

    /** The volunteer of a station's resident, matched by the phone number both registered with. */
    public Optional<Volunteer> byPhoneLookup(String phoneLookup) {
        return em.createQuery("select v from Volunteer v where v.phoneLookup = :phone", Volunteer.class)
                .setParameter("phone", phoneLookup)
                .getResultStream()
                .findFirst();
    }

    public List<Volunteer> ofStation(StationRef station) {
        return em.createQuery(
                        "select v from Volunteer v where v.stationId = :station order by v.status desc, v.name",
                        Volunteer.class)
                .setParameter("station", station.id())
                .getResultList();
    }

    /** Phone and password; empty for a wrong pair, an unknown phone, a suspended volunteer or no password set. */
    public Optional<VolunteerId> checkPassword(String phone, String password) {
        return byPhone(phone)
                .filter(volunteer -> volunteer.status() != VolunteerStatus.SUSPENDED)
                .filter(volunteer ->
                        volunteer.passwordHash() != null && passwords.matches(password, volunteer.passwordHash()))
                .map(Volunteer::id);
    }

    /** "Remember this phone": a random token for a long-lived cookie; only its hash is kept. */
    @Transactional
    public String rememberDevice(VolunteerId id) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        em.persist(new RememberedDevice(Codes.sha256Hex(token), id.value(), now));
        return token;
    }

    @Transactional
    public Optional<VolunteerId> recognisedDevice(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        var device = em.find(RememberedDevice.class, Codes.sha256Hex(token));
        if (device == null) {
            return Optional.empty();
        }
        device.seen(clock.instant());
        return Optional.of(new VolunteerId(device.volunteerId));
    }

    @Transactional
    public void forgetDevice(String token) {
        if (token != null) {
            em.createQuery("delete from RememberedDevice d where d.tokenHash = :hash")
                    .setParameter("hash", Codes.sha256Hex(token))
                    .executeUpdate();
        }
    }
}
