package org.happystation.kiosk.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.plugin.api.Reservations.Booking;
import org.happystation.plugin.api.Reservations.Slot;
import org.happystation.plugin.api.Reservations.Status;

/**
 * The storage behind every plugin's {@link org.happystation.plugin.api.Reservations}. A place is taken
 * only by {@code update … set booked = booked + 1 where booked < capacity}, so concurrent bookings can
 * never overbook (and a check constraint guards the same in the database); a cancelled place passes
 * straight to the first booking on the waitlist, in arrival order.
 */
@ApplicationScoped
@Transactional
public class PluginReservations {

    /** A slot as {@link #toSlot} reads it, with its waitlist counted; a where clause follows. */
    private static final String SELECT_SLOTS = "select s.id, s.resource, s.starts_at, s.ends_at, s.capacity,"
            + " s.booked, (select count(*) from reservation r where r.slot_id = s.id and r.status = 'WAITLISTED')"
            + " from reservation_slot s where ";

    /** How often a cancellation retries when another one promoted the same waitlisted booking. */
    private static final int PROMOTION_ATTEMPTS = 5;

    @PersistenceContext(unitName = "station")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ResidentService residents;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/StationDS")
    javax.sql.DataSource dataSource;

    /** The resource's slot at {@code start}: the one it has, or a new one when it has none. */
    public Slot openSlot(String plugin, long station, String resource, Instant start, Instant end, int capacity) {
        if (resource == null || !resource.matches("[a-z0-9][a-z0-9.-]{0,62}")) {
            throw new IllegalArgumentException("A resource's name has lower-case letters, digits, dots and dashes.");
        }
        if (capacity < 1 || !end.isAfter(start)) {
            throw new IllegalArgumentException("A slot has at least one place and ends after it starts.");
        }
        var existing = slotAt(plugin, station, resource, start);
        if (existing != null) {
            return existing;
        }
        try (var connection = dataSource.getConnection()) {
            // Two kiosks may open the same slot at once: the unique index lets one insert win, and the
            // savepoint keeps the loser's transaction usable (PostgreSQL aborts it on a failed statement). It is
            // set in SQL: the JTA connection wrapper refuses Connection.rollback even to a savepoint.
            execute(connection, "savepoint open_slot");
            try (var insert = connection.prepareStatement(
                    "insert into reservation_slot (id, plugin_id, station_id,"
                            + " resource, starts_at, ends_at, capacity, booked, opening_key) values (?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, plugin);
                insert.setLong(3, station);
                insert.setString(4, resource);
                insert.setObject(5, utc(start));
                insert.setObject(6, utc(end));
                insert.setInt(7, capacity);
                insert.setString(8, plugin + "|" + station + "|" + resource + "|" + start);
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
                execute(connection, "rollback to savepoint open_slot");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The slot could not be stored: " + e.getMessage(), e);
        }
        return slotAt(plugin, station, resource, start);
    }

    private static void execute(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Slot slotAt(String plugin, long station, String resource, Instant start) {
        return slots(plugin, station, resource, start, start.plusNanos(1000)).stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .orElse(null);
    }

    public List<Slot> slots(String plugin, long station, String resource, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery(SELECT_SLOTS + "s.plugin_id = ?1 and s.station_id = ?2 and s.resource = ?3"
                        + " and s.starts_at >= ?4 and s.starts_at < ?5 order by s.starts_at, s.id")
                .setParameter(1, plugin)
                .setParameter(2, station)
                .setParameter(3, resource)
                .setParameter(4, utc(from))
                .setParameter(5, utc(to))
                .getResultList();
        return rows.stream().map(PluginReservations::toSlot).toList();
    }

    /** Slots known to belong to a plugin at a station ({@code plugin|station|slot}); a slot never changes owner. */
    private final java.util.Set<String> knownSlots = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Booking reserve(String plugin, long station, String slotId, long bookedBy, long bookedFor) {
        if (bookedBy != bookedFor
                && residents.relatives(new ResidentId(bookedBy)).stream()
                        .noneMatch(relative -> relative.id().value() == bookedFor)) {
            throw new IllegalArgumentException("A booking is for oneself or for a linked relative.");
        }
        // The hot path of a rush is plain JDBC on the transaction's own connection (the JTA datasource
        // enlists it): one statement takes a place and proves the slot is this plugin's at this station,
        // one records the booking. Only a slot that gave no place is looked at again (full, or wrong?).
        int taken;
        String id = UUID.randomUUID().toString();
        Status status;
        try (var connection = dataSource.getConnection()) {
            try (var take = connection.prepareStatement("update reservation_slot set booked = booked + 1 where id = ?"
                    + " and plugin_id = ? and station_id = ? and booked < capacity")) {
                take.setString(1, slotId);
                take.setString(2, plugin);
                take.setLong(3, station);
                taken = take.executeUpdate();
            }
            String slotKey = plugin + "|" + station + "|" + slotId;
            if (taken == 0 && !knownSlots.contains(slotKey)) {
                // A full slot is checked once for being this plugin's at this station, then remembered:
                // in a rush most attempts meet a full slot, and the check need not cost each one a query.
                requireSlot(connection, plugin, station, slotId);
            }
            if (knownSlots.size() > 100_000) {
                knownSlots.clear(); // past slots pile up; forgetting them costs one query each, if ever asked
            }
            knownSlots.add(slotKey);
            status = taken == 1 ? Status.BOOKED : Status.WAITLISTED;
            try (var insert = connection.prepareStatement("insert into reservation (id, slot_id, booked_by, booked_for,"
                    + " status, active_for, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                var now = utc(clock.instant());
                insert.setString(1, id);
                insert.setString(2, slotId);
                insert.setLong(3, bookedBy);
                insert.setLong(4, bookedFor);
                insert.setString(5, status.name());
                insert.setLong(6, bookedFor);
                insert.setObject(7, now);
                insert.setObject(8, now);
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                if ("23503".equals(e.getSQLState())) {
                    throw new IllegalArgumentException("No slot " + slotId);
                }
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    // The unique (slot, active_for) refused a second booking; the place taken rolls back too.
                    throw new IllegalArgumentException("This resident holds a booking for this slot already.");
                }
                throw e;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The booking could not be stored: " + e.getMessage(), e);
        }
        return new Booking(id, slotId, bookedBy, bookedFor, status);
    }

    public Booking cancel(String plugin, long station, String bookingId) {
        var booking = requireBooking(plugin, station, bookingId);
        if (booking.status() == Status.CANCELLED) {
            return booking;
        }
        if (booking.status() != Status.BOOKED && booking.status() != Status.WAITLISTED) {
            throw new IllegalStateException("A booking that was checked in or missed cannot be cancelled.");
        }
        setStatus(bookingId, booking.status(), Status.CANCELLED);
        if (booking.status() == Status.BOOKED) {
            promoteFirstWaiting(booking.slotId()); // the freed place passes on, or is freed
        }
        return requireBooking(plugin, station, bookingId);
    }

    public Booking checkIn(String plugin, long station, String bookingId) {
        return finish(plugin, station, bookingId, Status.CHECKED_IN);
    }

    public Booking noShow(String plugin, long station, String bookingId) {
        return finish(plugin, station, bookingId, Status.NO_SHOW);
    }

    public java.util.Optional<Booking> booking(String plugin, long station, String bookingId) {
        List<?> rows = em.createNativeQuery("select r.id, r.slot_id, r.booked_by, r.booked_for, r.status"
                        + " from reservation r join reservation_slot s on s.id = r.slot_id"
                        + " where r.id = ?1 and s.plugin_id = ?2 and s.station_id = ?3")
                .setParameter(1, bookingId)
                .setParameter(2, plugin)
                .setParameter(3, station)
                .getResultList();
        return rows.stream().findFirst().map(PluginReservations::toBooking);
    }

    public List<Booking> bookings(String plugin, long station, String slotId) {
        requireSlot(plugin, station, slotId);
        List<?> rows = em.createNativeQuery("select id, slot_id, booked_by, booked_for, status from reservation"
                        + " where slot_id = ?1 order by case when status = 'WAITLISTED' then 1 else 0 end, seq")
                .setParameter(1, slotId)
                .getResultList();
        return rows.stream().map(PluginReservations::toBooking).toList();
    }

    /**
     * Changes a slot's capacity. The update holds the slot's row until the transaction ends, so the places
     * it adds go to the waitlist, in order, before any new booking can take them.
     */
    public Slot setCapacity(String plugin, long station, String slotId, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A slot has at least one place, not " + capacity);
        }
        requireSlot(plugin, station, slotId);
        int changed = em.createNativeQuery("update reservation_slot set capacity = ?1 where id = ?2 and booked <= ?1")
                .setParameter(1, capacity)
                .setParameter(2, slotId)
                .executeUpdate();
        if (changed == 0) {
            throw new IllegalStateException("More than " + capacity + " places are taken in this slot.");
        }
        while (takeFreePlace(slotId) && promoteFirstWaiting(slotId)) {
            // one more of the waitlist has a place
        }
        return slot(slotId);
    }

    private boolean takeFreePlace(String slotId) {
        return em.createNativeQuery(
                                "update reservation_slot set booked = booked + 1 where id = ?1 and booked < capacity")
                        .setParameter(1, slotId)
                        .executeUpdate()
                == 1;
    }

    /** Gives a place already taken for it to the first on the waitlist; with nobody waiting, frees it again. */
    private boolean promoteFirstWaiting(String slotId) {
        for (int attempt = 0; attempt < PROMOTION_ATTEMPTS; attempt++) {
            List<?> first = em.createNativeQuery("select seq from reservation where slot_id = ?1"
                            + " and status = 'WAITLISTED' order by seq")
                    .setParameter(1, slotId)
                    .setMaxResults(1)
                    .getResultList();
            if (first.isEmpty()) {
                break;
            }
            int promoted = em.createNativeQuery("update reservation set status = 'BOOKED', updated_at = ?1"
                            + " where seq = ?2 and status = 'WAITLISTED'")
                    .setParameter(1, utc(clock.instant()))
                    .setParameter(2, ((Number) first.getFirst()).longValue())
                    .executeUpdate();
            if (promoted == 1) {
                return true;
            }
        }
        em.createNativeQuery("update reservation_slot set booked = booked - 1 where id = ?1 and booked > 0")
                .setParameter(1, slotId)
                .executeUpdate();
        return false;
    }

    private Slot slot(String slotId) {
        List<?> rows = em.createNativeQuery(SELECT_SLOTS + "s.id = ?1")
                .setParameter(1, slotId)
                .getResultList();
        return toSlot(rows.getFirst());
    }

    private Booking finish(String plugin, long station, String bookingId, Status outcome) {
        var booking = requireBooking(plugin, station, bookingId);
        if (booking.status() != Status.BOOKED) {
            throw new IllegalStateException("Only a booked place can be checked in or marked as missed.");
        }
        setStatus(bookingId, Status.BOOKED, outcome);
        return requireBooking(plugin, station, bookingId);
    }

    private void setStatus(String bookingId, Status from, Status to) {
        boolean stillHolds = to == Status.BOOKED || to == Status.WAITLISTED || to == Status.CHECKED_IN;
        int changed = em.createNativeQuery("update reservation set status = ?1, updated_at = ?2,"
                        + (stillHolds ? " active_for = booked_for" : " active_for = null")
                        + " where id = ?3 and status = ?4")
                .setParameter(1, to.name())
                .setParameter(2, utc(clock.instant()))
                .setParameter(3, bookingId)
                .setParameter(4, from.name())
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("The booking changed meanwhile; look at it again.");
        }
    }

    private static void requireSlot(java.sql.Connection connection, String plugin, long station, String slotId)
            throws java.sql.SQLException {
        try (var find = connection.prepareStatement(
                "select count(*) from reservation_slot where id = ? and plugin_id = ? and station_id = ?")) {
            find.setString(1, slotId);
            find.setString(2, plugin);
            find.setLong(3, station);
            try (var row = find.executeQuery()) {
                row.next();
                if (row.getInt(1) == 0) {
                    throw new IllegalArgumentException("No slot " + slotId);
                }
            }
        }
    }

    private void requireSlot(String plugin, long station, String slotId) {
        Number found = (Number) em.createNativeQuery(
                        "select count(*) from reservation_slot where id = ?1 and plugin_id = ?2 and station_id = ?3")
                .setParameter(1, slotId)
                .setParameter(2, plugin)
                .setParameter(3, station)
                .getSingleResult();
        if (found.intValue() == 0) {
            throw new IllegalArgumentException("No slot " + slotId);
        }
    }

    private Booking requireBooking(String plugin, long station, String bookingId) {
        return booking(plugin, station, bookingId)
                .orElseThrow(() -> new IllegalArgumentException("No booking " + bookingId));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object column) {
        return switch (column) {
            case OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case Instant value -> value;
            default -> throw new IllegalStateException("Unexpected time column " + column.getClass());
        };
    }

    private static Slot toSlot(Object row) {
        Object[] c = (Object[]) row;
        return new Slot(
                (String) c[0],
                (String) c[1],
                instant(c[2]),
                instant(c[3]),
                ((Number) c[4]).intValue(),
                ((Number) c[5]).intValue(),
                ((Number) c[6]).intValue());
    }

    private static Booking toBooking(Object row) {
        Object[] c = (Object[]) row;
        return new Booking(
                (String) c[0],
                (String) c[1],
                ((Number) c[2]).longValue(),
                ((Number) c[3]).longValue(),
                Status.valueOf((String) c[4]));
    }
}
