package org.happystation.kiosk.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.audit.AuditLog;
import org.happystation.kiosk.base.FieldProtector;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.security.SignInThrottle;
import org.happystation.kiosk.stations.KioskId;
import org.happystation.kiosk.stations.StationId;

/** Residents of a station: kept by its manager and staff, signing in at its kiosks. */
@ApplicationScoped
@Transactional
public class ResidentService {

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    FieldProtector protector;

    @Inject
    SignInThrottle throttle;

    @Inject
    Clock clock;

    /** What staff enter for a resident; on an update, a blank phone keeps the stored number. */
    public record ResidentDetails(String name, String phone, Integer birthYear) {
        int requiredBirthYear() {
            if (birthYear == null) {
                throw new IllegalArgumentException("The birth year is required.");
            }
            return birthYear;
        }
    }

    /** A linked relative as the console and the kiosk show it. */
    public record Relative(ResidentId id, String name, String relation) {}

    /** How a kiosk sign-in ended. */
    public sealed interface SignInResult {
        record SignedIn(ResidentId resident, String name) implements SignInResult {}

        /** Wrong phone number or PIN; which of the two is not said. */
        record Refused(int attemptsLeft) implements SignInResult {}

        record Locked() implements SignInResult {}

        /** A scanned code that is no card in use: unknown, revoked, damaged or forged; which is not said. */
        record CardNotRecognised() implements SignInResult {}
    }

    public List<Resident> residents(@NotNull Actor actor, @NotNull StationId station) {
        actor.requireStaffOf(station);
        return em.createQuery("select r from Resident r where r.stationId = :station order by r.name", Resident.class)
                .setParameter("station", station.value())
                .getResultList();
    }

    /** Residents of the station whose name contains the query or whose mobile number it is; at most 20. */
    public List<Resident> search(@NotNull Actor actor, @NotNull StationId station, @NotNull String query) {
        actor.requireStaffOf(station);
        if (PhoneNumber.isValid(query)) {
            return findByPhone(new PhoneNumber(query))
                    .filter(found -> found.station().equals(station))
                    .stream()
                    .toList();
        }
        return em.createQuery(
                        "select r from Resident r where r.stationId = :station and r.name like :name order by r.name",
                        Resident.class)
                .setParameter("station", station.value())
                .setParameter("name", "%" + query.replace("%", "").replace("_", "") + "%")
                .setMaxResults(20)
                .getResultList();
    }

    public Optional<Resident> resident(@NotNull ResidentId id) {
        return Optional.ofNullable(em.find(Resident.class, id.value()));
    }

    public Resident register(@NotNull Actor actor, @NotNull StationId station, @NotNull ResidentDetails details) {
        actor.requireStaffOf(station);
        var phone = new PhoneNumber(details.phone());
        requirePhoneFree(phone, null);
        var resident =
                new Resident(station, details.name(), phone, details.requiredBirthYear(), protector, clock.instant());
        em.persist(resident);
        em.flush();
        audit.record(actor, station, "resident.registered", resident.name(), "phone " + phone.masked());
        return resident;
    }

    public Resident update(@NotNull Actor actor, @NotNull ResidentId id, @NotNull ResidentDetails details) {
        var resident = require(id);
        actor.requireStaffOf(resident.station());
        var phone = details.phone() == null || details.phone().isBlank()
                ? resident.phone(protector)
                : new PhoneNumber(details.phone());
        requirePhoneFree(phone, id);
        resident.update(details.name(), phone, details.requiredBirthYear(), protector);
        audit.record(actor, resident.station(), "resident.updated", resident.name(), "phone " + phone.masked());
        return resident;
    }

    /** Sets a new PIN, for a resident who forgot theirs; staff hand it over in person. */
    public void setPin(@NotNull Actor actor, @NotNull ResidentId id, @NotNull Pin pin) {
        var resident = require(id);
        actor.requireStaffOf(resident.station());
        resident.choosePin(pin);
        throttle.succeeded(resident.id().toString());
        audit.record(actor, resident.station(), "resident.pin-reset", resident.name(), "new PIN set");
    }

    public void linkRelative(
            @NotNull Actor actor, @NotNull ResidentId resident, @NotNull ResidentId relative, String relation) {
        var first = require(resident);
        var second = require(relative);
        actor.requireStaffOf(first.station());
        var link = new ResidentRelation(resident, relative, relation);
        var key = new ResidentRelation.Key();
        key.residentId = resident.value();
        key.relativeId = relative.value();
        var existing = em.find(ResidentRelation.class, key);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(link);
        audit.record(
                actor,
                first.station(),
                "resident.relative-linked",
                first.name(),
                second.name() + " (" + relation + ")");
    }

    public void unlinkRelative(@NotNull Actor actor, @NotNull ResidentId resident, @NotNull ResidentId relative) {
        var first = require(resident);
        actor.requireStaffOf(first.station());
        em.createQuery("delete from ResidentRelation r where r.residentId = :a and r.relativeId = :b")
                .setParameter("a", resident.value())
                .setParameter("b", relative.value())
                .executeUpdate();
        audit.record(
                actor, first.station(), "resident.relative-unlinked", first.name(), "resident " + relative.value());
    }

    public List<Relative> relatives(@NotNull ResidentId resident) {
        return em
                .createQuery("select r from ResidentRelation r where r.residentId = :id", ResidentRelation.class)
                .setParameter("id", resident.value())
                .getResultList()
                .stream()
                .map(r -> new Relative(
                        new ResidentId(r.relativeId()),
                        require(new ResidentId(r.relativeId())).name(),
                        r.relation()))
                .toList();
    }

    /**
     * A signed-in resident starts acting for a linked relative at a kiosk ("for my mother"): the audit log
     * keeps who acted for whom and where. Empty if {@code relative} is not linked to {@code resident}.
     */
    public Optional<Relative> actFor(
            @NotNull KioskId kiosk, @NotNull ResidentId resident, @NotNull ResidentId relative) {
        var acting = require(resident);
        var chosen = relatives(resident).stream()
                .filter(r -> r.id().equals(relative))
                .findFirst();
        chosen.ifPresent(r -> audit.record(
                new Actor("resident-" + resident.value(), Role.RESIDENT, Optional.of(acting.station())),
                acting.station(),
                "resident.acting-for",
                r.name(),
                acting.name() + " (" + r.relation() + ") at kiosk " + kiosk.value()));
        return chosen;
    }

    /**
     * Signs a resident in at a kiosk. The answer never says whether the phone number exists; failures
     * count per resident and per kiosk ({@link SignInThrottle}).
     */
    public SignInResult signIn(@NotNull KioskId kiosk, String phoneText, String pinDigits) {
        String device = "kiosk-" + kiosk.value();
        String account = PhoneNumber.isValid(phoneText)
                ? "resident-" + protector.lookupHash(new PhoneNumber(phoneText).digits())
                : "resident-invalid";
        if (throttle.blocked(account, device)) {
            return new SignInResult.Locked();
        }
        var resident =
                PhoneNumber.isValid(phoneText) ? findByPhone(new PhoneNumber(phoneText)) : Optional.<Resident>empty();
        if (resident.isPresent() && resident.get().pinMatches(pinDigits)) {
            throttle.succeeded(account);
            return new SignInResult.SignedIn(resident.get().id(), resident.get().name());
        }
        throttle.failed(account, device);
        if (throttle.blocked(account, device)) {
            return new SignInResult.Locked();
        }
        return new SignInResult.Refused(Math.max(1, SignInThrottle.PER_ACCOUNT - failuresSoFar(account)));
    }

    /**
     * Issues a new resident card and revokes the one in use, if any (a lost card stops working at once).
     * Returns the card's code to print: it is known only now, the database keeps its keyed hash.
     */
    public CardCode issueCard(@NotNull Actor actor, @NotNull ResidentId id) {
        // Locked, so that two issues at once cannot leave two cards in use.
        var resident = em.find(Resident.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (resident == null) {
            throw new IllegalArgumentException("No resident " + id.value());
        }
        actor.requireStaffOf(resident.station());
        Instant now = clock.instant();
        var inUse = cardsInUse(id);
        inUse.forEach(card -> card.revoke(now));
        var code = CardCode.issue();
        em.persist(new ResidentCard(id, code.hash(protector), now));
        em.flush();
        audit.record(
                actor,
                resident.station(),
                "resident.card-issued",
                resident.name(),
                inUse.isEmpty() ? "first card" : "new card; the earlier card no longer signs in");
        return code;
    }

    /** When the resident's card in use was printed, if they have one. */
    public Optional<Instant> cardIssuedAt(@NotNull Actor actor, @NotNull ResidentId id) {
        actor.requireStaffOf(require(id).station());
        return cardsInUse(id).stream().map(ResidentCard::issuedAt).max(Instant::compareTo);
    }

    /**
     * Signs a resident in with the text a kiosk's camera read from a card. A code that claims to be a card
     * but is none in use counts as a failure for the kiosk, with wrong PINs ({@link SignInThrottle}); any
     * other QR code held up (a phone's payment code, a volunteer card) is only not recognised.
     */
    public SignInResult signInWithCard(@NotNull KioskId kiosk, String scannedText) {
        String device = "kiosk-" + kiosk.value();
        if (throttle.deviceBlocked(device)) {
            return new SignInResult.Locked();
        }
        var resident = CardCode.parse(scannedText)
                .flatMap(code -> em.createQuery(
                                "select c from ResidentCard c where c.secretHash = :hash", ResidentCard.class)
                        .setParameter("hash", code.hash(protector))
                        .getResultStream()
                        .findFirst())
                .filter(ResidentCard::inUse)
                .flatMap(card -> resident(card.resident()));
        if (resident.isPresent()) {
            return new SignInResult.SignedIn(resident.get().id(), resident.get().name());
        }
        if (CardCode.looksLikeCard(scannedText)) {
            throttle.failedOnDevice(device);
            if (throttle.deviceBlocked(device)) {
                return new SignInResult.Locked();
            }
        }
        return new SignInResult.CardNotRecognised();
    }

    private List<ResidentCard> cardsInUse(ResidentId id) {
        return em.createQuery(
                        "select c from ResidentCard c where c.residentId = :resident and c.revokedAt is null",
                        ResidentCard.class)
                .setParameter("resident", id.value())
                .getResultList();
    }

    private int failuresSoFar(String account) {
        return throttle.failuresOf(account);
    }

    /** The resident with this keyed phone hash (the volunteer module keeps the same hash). */
    public Optional<Resident> byPhoneLookup(String phoneLookup) {
        return em.createQuery("select r from Resident r where r.phoneLookup = :lookup", Resident.class)
                .setParameter("lookup", phoneLookup)
                .getResultStream()
                .findFirst();
    }

    public Optional<Resident> findByPhone(PhoneNumber phone) {
        return em
                .createQuery("select r from Resident r where r.phoneLookup = :lookup", Resident.class)
                .setParameter("lookup", protector.lookupHash(phone.digits()))
                .getResultList()
                .stream()
                .findFirst();
    }

    private void requirePhoneFree(PhoneNumber phone, ResidentId self) {
        findByPhone(phone).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new IllegalArgumentException("Another resident has the phone number " + phone.masked() + ".");
        });
    }

    private Resident require(ResidentId id) {
        return resident(id).orElseThrow(() -> new IllegalArgumentException("No resident " + id.value()));
    }
}
