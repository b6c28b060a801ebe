package org.happystation.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Time slots with a capacity, booked by residents for themselves or for a linked relative, at the
 * context's station. The host guarantees that a slot is never booked beyond its capacity, however many
 * kiosks book at once; when a slot is full, a booking joins the waitlist and is promoted, in order of
 * arrival, when a place frees.
 */
public interface Reservations {

    /**
     * A slot of a resource (for example a rehabilitation room, or a canteen sitting).
     *
     * @param resource the plugin's name for what is booked, lower-case letters, digits, dots and dashes
     * @param booked places taken now; never more than {@code capacity}
     * @param waiting bookings on the waitlist
     */
    record Slot(String id, String resource, Instant start, Instant end, int capacity, int booked, int waiting) {}

    /** What became of a booking. */
    enum Status {
        BOOKED,
        WAITLISTED,
        CANCELLED,
        CHECKED_IN,
        NO_SHOW
    }

    /**
     * A booking.
     *
     * @param bookedBy the resident who made it
     * @param bookedFor the resident who comes: the same, or a relative linked to {@code bookedBy}
     */
    record Booking(String id, String slotId, long bookedBy, long bookedFor, Status status) {}

    /**
     * Opens a slot of a resource. Since 1.2.0, a resource has at most one slot starting at a given time:
     * when it has one already, that slot is returned as it is (so slots can be opened on first use, by
     * two kiosks at once, without becoming two).
     */
    Slot openSlot(String resource, Instant start, Instant end, int capacity);

    /** The slots of a resource that start in [from, to), earliest first. */
    List<Slot> slots(String resource, Instant from, Instant to);

    /**
     * Books a place, or a place on the waitlist when the slot is full.
     *
     * @throws IllegalArgumentException when {@code bookedFor} is neither {@code bookedBy} nor a relative
     *     linked to them, or already holds a booking for the slot
     */
    Booking reserve(String slotId, ResidentInfo bookedBy, ResidentInfo bookedFor);

    /** Cancels a booking; a place it frees goes to the first booking on the waitlist. */
    Booking cancel(String bookingId);

    /** The resident came. */
    Booking checkIn(String bookingId);

    /** The resident did not come. */
    Booking noShow(String bookingId);

    /** Since 1.2.0: a booking as it is now, for example to see whether the waitlist promoted it. */
    Optional<Booking> booking(String bookingId);

    /** The bookings of a slot: the booked in the order they booked, then the waitlist in its order. */
    List<Booking> bookings(String slotId);

    /**
     * Since 1.3.0: changes how many places a slot has. More places go at once to the waitlist, first in line
     * first; fewer are refused while more places are taken than that, since nobody loses a place they hold.
     *
     * @return the slot as it is now
     * @throws IllegalStateException when more than {@code capacity} places are taken (cancel bookings first)
     * @throws IllegalArgumentException when the capacity is below 1, or the slot is not this plugin's
     */
    default Slot setCapacity(String slotId, int capacity) {
        throw new UnsupportedOperationException("This host cannot change a slot's capacity (plugin API 1.3.0).");
    }
}
