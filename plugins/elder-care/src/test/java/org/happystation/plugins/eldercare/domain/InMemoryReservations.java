package org.happystation.plugins.eldercare.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.ResidentInfo;

/**
 * Reservations that behave like the host's (API 1.2.0): one slot per resource and start, never more
 * places taken than the capacity, a waitlist promoted first come first served when a booked place is
 * cancelled, bookings only for oneself or a linked relative, one active booking per elder and slot, and
 * check-in or no-show only of a booked place.
 */
public final class InMemoryReservations implements Reservations {

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, Booking> bookings = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> relatives = new HashMap<>();
    private long nextId = 1;

    /** Links a relative to a resident, as the host's resident register does. */
    public void link(ResidentInfo resident, ResidentInfo relative) {
        relatives
                .computeIfAbsent(resident.id(), key -> new java.util.HashSet<>())
                .add(relative.id());
    }

    int openedSlots() {
        return slots.size();
    }

    @Override
    public synchronized Slot openSlot(String resource, Instant start, Instant end, int capacity) {
        Optional<Slot> existing = slots.values().stream()
                .filter(slot -> slot.resource().equals(resource) && slot.start().equals(start))
                .findFirst();
        if (existing.isPresent()) {
            return counted(existing.get());
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
                .sorted(Comparator.comparing(Slot::start))
                .map(this::counted)
                .toList();
    }

    @Override
    public synchronized Booking reserve(String slotId, ResidentInfo bookedBy, ResidentInfo bookedFor) {
        if (bookedBy.id() != bookedFor.id()
                && !relatives.getOrDefault(bookedBy.id(), Set.of()).contains(bookedFor.id())) {
            throw new IllegalArgumentException("A booking is for oneself or for a linked relative.");
        }
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
        Booking booking = bookings.get(bookingId);
        if (booking.status() == Status.CANCELLED) {
            return booking;
        }
        if (!active(booking)) {
            throw new IllegalStateException("A booking that was checked in or missed cannot be cancelled.");
        }
        Booking cancelled = replace(bookingId, Status.CANCELLED);
        if (booking.status() == Status.BOOKED) {
            bookings.values().stream()
                    .filter(b -> b.slotId().equals(booking.slotId()) && b.status() == Status.WAITLISTED)
                    .findFirst()
                    .ifPresent(first -> replace(first.id(), Status.BOOKED));
        }
        return cancelled;
    }

    @Override
    public synchronized Booking checkIn(String bookingId) {
        return finish(bookingId, Status.CHECKED_IN);
    }

    @Override
    public synchronized Booking noShow(String bookingId) {
        return finish(bookingId, Status.NO_SHOW);
    }

    @Override
    public synchronized Optional<Booking> booking(String bookingId) {
        return Optional.ofNullable(bookings.get(bookingId));
    }

    @Override
    public synchronized List<Booking> bookings(String slotId) {
        var result = new ArrayList<Booking>();
        bookings.values().stream()
                .filter(b -> b.slotId().equals(slotId) && b.status() != Status.WAITLISTED)
                .forEach(result::add);
        bookings.values().stream()
                .filter(b -> b.slotId().equals(slotId) && b.status() == Status.WAITLISTED)
                .forEach(result::add);
        return result;
    }

    private Booking finish(String bookingId, Status outcome) {
        if (bookings.get(bookingId).status() != Status.BOOKED) {
            throw new IllegalStateException("Only a booked place can be checked in or marked as missed.");
        }
        return replace(bookingId, outcome);
    }

    private Booking replace(String bookingId, Status status) {
        Booking old = bookings.get(bookingId);
        var changed = new Booking(old.id(), old.slotId(), old.bookedBy(), old.bookedFor(), status);
        bookings.put(bookingId, changed);
        return changed;
    }

    private Slot counted(Slot slot) {
        int booked = (int) bookings(slot.id()).stream()
                .filter(b ->
                        b.status() == Status.BOOKED || b.status() == Status.CHECKED_IN || b.status() == Status.NO_SHOW)
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
