package org.happystation.plugins.canteen.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.ResidentInfo;

/** Slots that never take more bookings than their capacity; the rest wait, as the host's do. */
final class InMemoryReservations implements Reservations {

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Booking> bookings = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Slot openSlot(String resource, Instant start, Instant end, int capacity) {
        var slot = new Slot("slot-" + nextId++, resource, start, end, capacity, 0, 0);
        slots.put(slot.id(), slot);
        return slot;
    }

    @Override
    public synchronized List<Slot> slots(String resource, Instant from, Instant to) {
        return slots.values().stream()
                .filter(slot -> slot.resource().equals(resource))
                .filter(slot -> !slot.start().isBefore(from) && slot.start().isBefore(to))
                .map(this::counted)
                .toList();
    }

    @Override
    public synchronized Booking reserve(String slotId, ResidentInfo bookedBy, ResidentInfo bookedFor) {
        boolean alreadyHolds =
                bookings(slotId).stream().anyMatch(booking -> booking.bookedFor() == bookedFor.id() && active(booking));
        if (alreadyHolds) {
            throw new IllegalArgumentException("Already booked: " + bookedFor.id());
        }
        Slot slot = counted(slots.get(slotId));
        Status status = slot.booked() < slot.capacity() ? Status.BOOKED : Status.WAITLISTED;
        var booking = new Booking("booking-" + nextId++, slotId, bookedBy.id(), bookedFor.id(), status);
        bookings.put(booking.id(), booking);
        return booking;
    }

    @Override
    public synchronized Booking cancel(String bookingId) {
        return replace(bookingId, Status.CANCELLED);
    }

    @Override
    public synchronized Booking checkIn(String bookingId) {
        return replace(bookingId, Status.CHECKED_IN);
    }

    @Override
    public synchronized Booking noShow(String bookingId) {
        return replace(bookingId, Status.NO_SHOW);
    }

    @Override
    public synchronized java.util.Optional<Booking> booking(String bookingId) {
        return java.util.Optional.ofNullable(bookings.get(bookingId));
    }

    @Override
    public synchronized List<Booking> bookings(String slotId) {
        var result = new ArrayList<Booking>();
        bookings.values().stream().filter(b -> b.slotId().equals(slotId)).forEach(result::add);
        return result;
    }

    /** Every booking on the waitlist of any slot. */
    synchronized long waiting() {
        return bookings.values().stream()
                .filter(b -> b.status() == Status.WAITLISTED)
                .count();
    }

    private Booking replace(String bookingId, Status status) {
        Booking old = bookings.get(bookingId);
        var changed = new Booking(old.id(), old.slotId(), old.bookedBy(), old.bookedFor(), status);
        bookings.put(bookingId, changed);
        return changed;
    }

    private Slot counted(Slot slot) {
        int booked = (int) bookings(slot.id()).stream()
                .filter(b -> b.status() == Status.BOOKED || b.status() == Status.CHECKED_IN)
                .count();
        int waiting = (int) bookings(slot.id()).stream()
                .filter(b -> b.status() == Status.WAITLISTED)
                .count();
        return new Slot(slot.id(), slot.resource(), slot.start(), slot.end(), slot.capacity(), booked, waiting);
    }

    private static boolean active(Booking booking) {
        return booking.status() == Status.BOOKED || booking.status() == Status.WAITLISTED;
    }
}
