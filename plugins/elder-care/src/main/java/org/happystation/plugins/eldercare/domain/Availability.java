package org.happystation.plugins.eldercare.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.Reservations.Slot;

/**
 * The days and times a resident can book a service over the next {@link #DAYS_AHEAD} days: the times its
 * plan gives that have not started yet, each with the places left in the host's slot (all of them when
 * nobody has booked it yet, since slots are opened only on the first booking) and how many wait.
 */
public final class Availability {

    /** Today and the 13 days after it. */
    public static final int DAYS_AHEAD = 14;

    /** A time of a day with its places left and the waitlist's length. */
    public record TimeOffer(CandidateSlot slot, int capacity, int placesLeft, int waiting) {

        public boolean full() {
            return placesLeft <= 0;
        }
    }

    /** A day with at least one bookable time; full when every time is full (the resident can still queue). */
    public record DayOffer(LocalDate day, List<TimeOffer> times) {

        public boolean full() {
            return times.stream().allMatch(TimeOffer::full);
        }

        public int placesLeft() {
            return times.stream()
                    .mapToInt(time -> Math.max(0, time.placesLeft()))
                    .sum();
        }
    }

    private final Reservations reservations;
    private final Clock clock;

    public Availability(Reservations reservations, Clock clock) {
        this.reservations = reservations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The days with times still to come, earliest first; days the plan closes are left out. */
    public List<DayOffer> days(CareService service) {
        LocalDate today = today();
        LocalDate end = today.plusDays(DAYS_AHEAD);
        Map<Instant, Slot> opened = opened(service, today, end);
        var days = new ArrayList<DayOffer>();
        for (LocalDate day = today; day.isBefore(end); day = day.plusDays(1)) {
            List<TimeOffer> times = timesOn(service, day, opened);
            if (!times.isEmpty()) {
                days.add(new DayOffer(day, times));
            }
        }
        return days;
    }

    /** The times of one day still to come. */
    public List<TimeOffer> times(CareService service, LocalDate day) {
        return timesOn(service, day, opened(service, day, day.plusDays(1)));
    }

    /** One time of a day, if the plan has it and it has not started. */
    public Optional<TimeOffer> time(CareService service, LocalDate day, LocalTime start) {
        return times(service, day).stream()
                .filter(offer -> offer.slot().start().equals(start))
                .findFirst();
    }

    /** Whether a day is one a resident may book: from today on, within {@link #DAYS_AHEAD} days. */
    public boolean bookable(LocalDate day) {
        LocalDate today = today();
        return !day.isBefore(today) && day.isBefore(today.plusDays(DAYS_AHEAD));
    }

    private List<TimeOffer> timesOn(CareService service, LocalDate day, Map<Instant, Slot> opened) {
        Instant now = clock.instant();
        return SlotPlanner.slotsOn(service.plan(), day, service.duration(), clock.getZone()).stream()
                .filter(slot -> slot.startsAt().isAfter(now))
                .map(slot -> offer(service, slot, opened.get(slot.startsAt())))
                .toList();
    }

    private static TimeOffer offer(CareService service, CandidateSlot slot, Slot hostSlot) {
        if (hostSlot == null) {
            return new TimeOffer(slot, service.capacity(), service.capacity(), 0);
        }
        return new TimeOffer(slot, hostSlot.capacity(), hostSlot.capacity() - hostSlot.booked(), hostSlot.waiting());
    }

    private Map<Instant, Slot> opened(CareService service, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.atStartOfDay(clock.getZone()).toInstant();
        var byStart = new HashMap<Instant, Slot>();
        reservations.slots(service.resource(), start, end).forEach(slot -> byStart.putIfAbsent(slot.start(), slot));
        return byStart;
    }
}
