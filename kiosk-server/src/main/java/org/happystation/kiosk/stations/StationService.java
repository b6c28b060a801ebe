package org.happystation.kiosk.stations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.audit.AuditLog;
import org.happystation.kiosk.base.SecretFiles;
import org.happystation.kiosk.base.SlowHash;
import org.happystation.kiosk.security.Actor;

/** Stations, their service points and tile order, and the registration of their kiosks. */
@ApplicationScoped
@Transactional
public class StationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What a manager enters for a station. */
    public record StationDetails(
            @NotBlank String name,
            @NotBlank String community,
            @NotBlank String address,
            @NotBlank String openingHours,
            String phone) {}

    /** A kiosk just created or given a new code: the code is shown once, to be typed on the kiosk. */
    public record KioskCode(Kiosk kiosk, String oneTimeCode) {}

    /** A kiosk that has just exchanged its code for a device token, which its browser keeps. */
    public record RegisteredKiosk(KioskId kiosk, StationId station, String deviceToken) {}

    public List<Station> stations(@NotNull Actor actor) {
        return em
                .createQuery("select s from Station s order by s.retired, s.name", Station.class)
                .getResultList()
                .stream()
                .filter(s -> actor.isCityAdmin()
                        || actor.station().map(s.id()::equals).orElse(false))
                .toList();
    }

    public Optional<Station> station(@NotNull StationId id) {
        return Optional.ofNullable(em.find(Station.class, id.value()));
    }

    /** The station with this code (for example LX-001), as printed in public links. */
    public Optional<Station> stationByCode(String code) {
        return em.createQuery("select s from Station s where s.code = :code", Station.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Station createStation(@NotNull Actor actor, @NotBlank String code, @NotNull StationDetails details) {
        actor.requireCityAdmin();
        if (!em.createQuery("select s from Station s where s.code = :code", Station.class)
                .setParameter("code", code.trim())
                .getResultList()
                .isEmpty()) {
            throw new IllegalArgumentException("A station with the code " + code + " exists already.");
        }
        var station = new Station(
                code, details.name(), details.community(), details.address(), details.openingHours(), clock.instant());
        station.describe(
                details.name(), details.community(), details.address(), details.openingHours(), details.phone());
        em.persist(station);
        em.flush();
        audit.record(actor, station.id(), "station.created", station.name(), "code " + station.code());
        return station;
    }

    public Station describeStation(@NotNull Actor actor, @NotNull StationId id, @NotNull StationDetails details) {
        actor.requireCanManage(id);
        var station = require(id);
        station.describe(
                details.name(), details.community(), details.address(), details.openingHours(), details.phone());
        audit.record(actor, id, "station.described", station.name(), details.toString());
        return station;
    }

    public void retireStation(@NotNull Actor actor, @NotNull StationId id) {
        actor.requireCityAdmin();
        var station = require(id);
        station.retire();
        kiosks(id).forEach(Kiosk::retire);
        audit.record(actor, id, "station.retired", station.name(), "and all its kiosks");
    }

    public List<StationFacility> facilities(@NotNull StationId id) {
        return em.createQuery(
                        "select f from StationFacility f where f.stationId = :station order by f.position",
                        StationFacility.class)
                .setParameter("station", id.value())
                .getResultList();
    }

    public void addFacility(
            @NotNull Actor actor, @NotNull StationId id, String name, FacilityKind kind, String summary) {
        actor.requireCanManage(id);
        int position = facilities(id).size();
        em.persist(new StationFacility(id, name, kind, summary, position));
        audit.record(actor, id, "facility.added", name, kind + ": " + summary);
    }

    // --- kiosks ---

    public List<Kiosk> kiosks(@NotNull StationId id) {
        return em.createQuery("select k from Kiosk k where k.stationId = :station order by k.name", Kiosk.class)
                .setParameter("station", id.value())
                .getResultList();
    }

    public Optional<Kiosk> kiosk(@NotNull KioskId id) {
        return Optional.ofNullable(em.find(Kiosk.class, id.value()));
    }

    public KioskCode createKiosk(@NotNull Actor actor, @NotNull StationId station, @NotBlank String name) {
        actor.requireCanManage(station);
        require(station);
        var kiosk = new Kiosk(station, name, clock.instant());
        String code = newOneTimeCode();
        kiosk.expectRegistration(code, clock.instant());
        em.persist(kiosk);
        em.flush();
        audit.record(actor, station, "kiosk.created", kiosk.name(), "awaiting registration");
        return new KioskCode(kiosk, code);
    }

    /** A new code for a kiosk whose browser was wiped or replaced; its old token stops working. */
    public KioskCode renewRegistrationCode(@NotNull Actor actor, @NotNull KioskId id) {
        var kiosk = requireKiosk(id);
        actor.requireCanManage(kiosk.station());
        String code = newOneTimeCode();
        kiosk.expectRegistration(code, clock.instant());
        audit.record(actor, kiosk.station(), "kiosk.code-renewed", kiosk.name(), "awaiting registration");
        return new KioskCode(kiosk, code);
    }

    public void renameKiosk(@NotNull Actor actor, @NotNull KioskId id, @NotBlank String name) {
        var kiosk = requireKiosk(id);
        actor.requireCanManage(kiosk.station());
        String old = kiosk.name();
        kiosk.rename(name);
        audit.record(actor, kiosk.station(), "kiosk.renamed", kiosk.name(), "was " + old);
    }

    public void retireKiosk(@NotNull Actor actor, @NotNull KioskId id) {
        var kiosk = requireKiosk(id);
        actor.requireCanManage(kiosk.station());
        kiosk.retire();
        audit.record(actor, kiosk.station(), "kiosk.retired", kiosk.name(), "device token revoked");
    }

    /** Exchanges a one-time code typed on a kiosk for a device token; empty if the code is wrong or expired. */
    public Optional<RegisteredKiosk> registerKiosk(String oneTimeCode) {
        if (oneTimeCode == null || !oneTimeCode.matches("\\d{8}")) {
            return Optional.empty();
        }
        var now = clock.instant();
        return em
                .createQuery("select k from Kiosk k where k.registrationCodeHash = :hash", Kiosk.class)
                .setParameter("hash", SlowHash.sha256Hex(oneTimeCode))
                .getResultList()
                .stream()
                .filter(k -> k.acceptsCode(oneTimeCode, now))
                .findFirst()
                .map(kiosk -> {
                    String token = SecretFiles.randomToken(32);
                    kiosk.register(token, now);
                    audit.record(
                            Actor.SYSTEM, kiosk.station(), "kiosk.registered", kiosk.name(), "device token issued");
                    return new RegisteredKiosk(kiosk.id(), kiosk.station(), token);
                });
    }

    /** The active kiosk a browser's device token belongs to. */
    public Optional<Kiosk> kioskForDeviceToken(String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank()) {
            return Optional.empty();
        }
        return em
                .createQuery("select k from Kiosk k where k.deviceTokenHash = :hash", Kiosk.class)
                .setParameter("hash", SlowHash.sha256Hex(deviceToken))
                .getResultList()
                .stream()
                .filter(k -> k.status() == KioskStatus.ACTIVE)
                .findFirst()
                .map(kiosk -> {
                    noteSeen(kiosk);
                    return kiosk;
                });
    }

    /**
     * Notes when a kiosk was last seen, at most once a minute and without its version: every screen of a
     * kiosk asks who it is, and two at once (two tabs, a reload) must not fail on each other's update.
     */
    private void noteSeen(Kiosk kiosk) {
        var now = clock.instant();
        em.createQuery("update Kiosk k set k.lastSeenAt = :now where k.id = :id"
                        + " and (k.lastSeenAt is null or k.lastSeenAt < :aMinuteAgo)")
                .setParameter("now", now)
                .setParameter("id", kiosk.id().value())
                .setParameter("aMinuteAgo", now.minusSeconds(60))
                .executeUpdate();
    }

    // --- home-screen tiles ---

    /** The tile ids in the order the station's manager set; tiles not listed follow in their default order. */
    public List<String> tileOrder(@NotNull StationId station) {
        return em.createQuery(
                        "select t.tileId from StationTileOrder t where t.stationId = :station order by t.position",
                        String.class)
                .setParameter("station", station.value())
                .getResultList();
    }

    public void orderTiles(@NotNull Actor actor, @NotNull StationId station, @NotNull List<String> tileIds) {
        actor.requireCanManage(station);
        em.createQuery("delete from StationTileOrder t where t.stationId = :station")
                .setParameter("station", station.value())
                .executeUpdate();
        var seen = new ArrayList<String>();
        for (String tileId : tileIds) {
            if (!seen.contains(tileId)) {
                em.persist(new StationTileOrder(station, tileId, seen.size()));
                seen.add(tileId);
            }
        }
        audit.record(actor, station, "tiles.ordered", require(station).name(), String.join(", ", seen));
    }

    /** The services the station's manager switched off at this station. */
    public java.util.Set<String> disabledServices(@NotNull StationId station) {
        return java.util.Set.copyOf(em
                .createNativeQuery("select tile_id from station_service_disabled where station_id = ?1")
                .setParameter(1, station.value())
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList());
    }

    /** Switches a service on or off at one station; other stations keep theirs. */
    public void enableService(
            @NotNull Actor actor, @NotNull StationId station, @NotBlank String tileId, boolean enabled) {
        actor.requireCanManage(station);
        em.createNativeQuery("delete from station_service_disabled where station_id = ?1 and tile_id = ?2")
                .setParameter(1, station.value())
                .setParameter(2, tileId)
                .executeUpdate();
        if (!enabled) {
            em.createNativeQuery("insert into station_service_disabled (station_id, tile_id) values (?1, ?2)")
                    .setParameter(1, station.value())
                    .setParameter(2, tileId)
                    .executeUpdate();
        }
        audit.record(
                actor,
                station,
                enabled ? "service.enabled" : "service.disabled",
                require(station).name(),
                tileId);
    }

    private Station require(StationId id) {
        return station(id).orElseThrow(() -> new IllegalArgumentException("No station " + id.value()));
    }

    private Kiosk requireKiosk(KioskId id) {
        return kiosk(id).orElseThrow(() -> new IllegalArgumentException("No kiosk " + id.value()));
    }

    private static String newOneTimeCode() {
        return String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
