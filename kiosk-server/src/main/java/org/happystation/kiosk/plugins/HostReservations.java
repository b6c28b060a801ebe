package org.happystation.kiosk.plugins;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.ResidentInfo;

/** One plugin's reservations at one station: the {@link Reservations} its context hands out. */
public record HostReservations(String pluginId, long stationId, PluginReservations reservations)
        implements Reservations {

    @Override
    public Slot openSlot(String resource, Instant start, Instant end, int capacity) {
        return reservations.openSlot(pluginId, stationId, resource, start, end, capacity);
    }

    @Override
    public List<Slot> slots(String resource, Instant from, Instant to) {
        return reservations.slots(pluginId, stationId, resource, from, to);
    }

    @Override
    public Booking reserve(String slotId, ResidentInfo bookedBy, ResidentInfo bookedFor) {
        return reservations.reserve(pluginId, stationId, slotId, bookedBy.id(), bookedFor.id());
    }

    @Override
    public Booking cancel(String bookingId) {
        return reservations.cancel(pluginId, stationId, bookingId);
    }

    @Override
    public Booking checkIn(String bookingId) {
        return reservations.checkIn(pluginId, stationId, bookingId);
    }

    @Override
    public Booking noShow(String bookingId) {
        return reservations.noShow(pluginId, stationId, bookingId);
    }

    @Override
    public Optional<Booking> booking(String bookingId) {
        return reservations.booking(pluginId, stationId, bookingId);
    }

    @Override
    public List<Booking> bookings(String slotId) {
        return reservations.bookings(pluginId, stationId, slotId);
    }

    @Override
    public Slot setCapacity(String slotId, int capacity) {
        return reservations.setCapacity(pluginId, stationId, slotId, capacity);
    }
}
