package org.happystation.plugins.tutoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.ResidentInfo;

/**
 * Reservations that behave like the host's (API 1.2.0): one slot per resource and start, never more bookings
 * than places, the rest wait and are promoted in order of arrival when a place frees, one active booking per
 * resident and slot, and bookings only for oneself or a linked relative.
 */
public final class InMemoryReservations implements Reservations {

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Booking> bookings = new LinkedHashMap<>();
    private final BiPredicate<Long, Long> linked;
    private long nextId = 1;

    /** @param linked whether the second resident is a relative linked to the first */
    public InMemoryReservations(BiPredicate<Long, Long> linked) {
        this.linked = linked;
    }

    /** Reservations where everyone may book for everyone. */
    public InMemoryReservations() {
        this((by, forWhom) -> true);
    }

    @Override
    public synchronized Slot openSlot(String resource, Instant start, Instant end, int capacity) {
        for (Slot slot : slots.values()) {
            if (slot.resource().equals(resource) && slot.start().equals(start)) {
                return counted(slot);
            }
        }
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
        if (bookedBy.id() != bookedFor.id() && !linked.test(bookedBy.id(), bookedFor.id())) {
            throw new IllegalArgumentException("A booking is for oneself or for a linked relative.");
        }
        if (!slots.containsKey(slotId)) {
            throw new IllegalArgumentException("No slot " + slotId);
        }
        boolean holds = bookingsOf(slotId).stream().anyMatch(b -> b.bookedFor() == bookedFor.id() && active(b));
        if (holds) {
            throw new IllegalArgumentException("This resident holds a booking for this slot already.");
        }
        Slot slot = counted(slots.get(slotId));
        Status status = slot.booked() < slot.capacity() ? Status.BOOKED : Status.WAITLISTED;
        var booking = new Booking("booking-" + nextId++, slotId, bookedBy.id(), bookedFor.id(), status);
        bookings.put(booking.id(), booking);
        return booking;
    }

    @Override
    public synchronized Booking cancel(String bookingId) {
        Booking old = bookings.get(bookingId);
        if (old.status() == Status.CANCELLED) {
            return old;
        }
        Booking cancelled = replace(bookingId, Status.CANCELLED);
        if (old.status() == Status.BOOKED) {
            bookingsOf(old.slotId()).stream()
                    .filter(b -> b.status() == Status.WAITLISTED)
                    .findFirst()
                    .ifPresent(first -> replace(first.id(), Status.BOOKED));
        }
        return cancelled;
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
    public synchronized Optional<Booking> booking(String bookingId) {
        return Optional.ofNullable(bookings.get(bookingId));
    }

    /** The booked in the order they booked, then the waitlist in its order, as the host lists them. */
    @Override
    public synchronized List<Booking> bookings(String slotId) {
        var result = new ArrayList<Booking>();
        bookingsOf(slotId).stream().filter(b -> b.status() != Status.WAITLISTED).forEach(result::add);
        bookingsOf(slotId).stream().filter(b -> b.status() == Status.WAITLISTED).forEach(result::add);
        return result;
    }

    @Override
    public synchronized Slot setCapacity(String slotId, int capacity) {
        Slot slot = counted(slots.get(slotId));
        if (slot.booked() > capacity) {
            throw new IllegalStateException("More than " + capacity + " places are taken.");
        }
        slots.put(slotId, new Slot(slotId, slot.resource(), slot.start(), slot.end(), capacity, 0, 0));
        for (int free = capacity - slot.booked(); free > 0; free--) {
            bookingsOf(slotId).stream()
                    .filter(b -> b.status() == Status.WAITLISTED)
                    .findFirst()
                    .ifPresent(first -> replace(first.id(), Status.BOOKED));
        }
        return counted(slots.get(slotId));
    }

    private List<Booking> bookingsOf(String slotId) {
        return bookings.values().stream().filter(b -> b.slotId().equals(slotId)).toList();
    }

    private Booking replace(String bookingId, Status status) {
        Booking old = bookings.get(bookingId);
        var changed = new Booking(old.id(), old.slotId(), old.bookedBy(), old.bookedFor(), status);
        bookings.put(bookingId, changed);
        return changed;
    }

    private Slot counted(Slot slot) {
        int booked = (int) bookingsOf(slot.id()).stream()
                .filter(b -> b.status() == Status.BOOKED || b.status() == Status.CHECKED_IN)
                .count();
        int waiting = (int) bookingsOf(slot.id()).stream()
                .filter(b -> b.status() == Status.WAITLISTED)
                .count();
        return new Slot(slot.id(), slot.resource(), slot.start(), slot.end(), slot.capacity(), booked, waiting);
    }

    private static boolean active(Booking booking) {
        return booking.status() == Status.BOOKED || booking.status() == Status.WAITLISTED;
    }
}
