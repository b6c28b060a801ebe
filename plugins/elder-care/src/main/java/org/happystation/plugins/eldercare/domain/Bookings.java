package org.happystation.plugins.eldercare.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.Reservations.Booking;
import org.happystation.plugin.api.Reservations.Slot;
import org.happystation.plugin.api.ResidentInfo;

/**
 * Books, cancels and follows elder-care bookings over the host's reservations.
 *
 * <p>Booking is two steps that are each safe to repeat, so a double touch on confirm books once: the
 * booking is stored first under its confirm key (PENDING), then the host's slot is opened (the host gives
 * the existing slot of that time) and a place or a waitlist place is taken. A confirm that finds its key
 * stored finishes that booking instead of making another. The host promotes the waitlist when a place
 * frees; this class reads the host's status whenever a screen shows a booking.
 */
public final class Bookings {

    private static final int ATTEMPTS = 5;
    private static final int MAX_NOTE = 500;

    private final RecordStore records;
    private final Reservations reservations;
    private final Clock clock;
    private final CareServices services;
    private final CareProfiles profiles;
    private final Availability availability;
    private final Duration cancelCutoff;

    public Bookings(
            RecordStore records,
            Reservations reservations,
            Clock clock,
            CareServices services,
            CareProfiles profiles,
            Duration cancelCutoff) {
        this.records = records;
        this.reservations = reservations;
        this.clock = clock;
        this.services = services;
        this.profiles = profiles;
        this.availability = new Availability(reservations, clock);
        this.cancelCutoff = cancelCutoff;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Duration cancelCutoff() {
        return cancelCutoff;
    }

    // --- booking ------------------------------------------------------------------------------------

    /**
     * Books the request's time, or a place on its waitlist when it is full; returns the booking already
     * made with the same confirm key.
     *
     * @throws ElderCareException when the service, the time or the elder does not allow it; nothing is kept
     */
    public CareBooking book(BookRequest request) {
        Optional<CareBooking> earlier = byKey(request.confirmKey());
        if (earlier.isPresent()) {
            return finish(earlier.get(), request);
        }
        CareService service = checkedService(request);
        CandidateSlot slot = checkedSlot(service, request);
        CareProfile profile = profiles.of(request.elder().id(), request.elder().name());
        if (Eligibility.check(service, request.elder(), profile, today()).isPresent()) {
            throw new ElderCareException("book.not-eligible", request.elder().name());
        }
        if (holds(request.elder().id(), service.key(), slot.startsAt())) {
            throw new ElderCareException("book.already-booked", request.elder().name());
        }
        var stored = records.insert(
                CareBooking.COLLECTION, draft(request, service, slot, profile).toJson());
        CareBooking first = byKey(request.confirmKey()).orElseThrow();
        if (!first.id().equals(stored.id())) {
            // A second touch on confirm stored its draft at the same time: keep only the first.
            records.delete(CareBooking.COLLECTION, stored.id(), stored.version());
        }
        return finish(first, request);
    }

    private CareService checkedService(BookRequest request) {
        CareService service = services.find(request.serviceKey())
                .filter(found -> !found.retired())
                .orElseThrow(() -> new ElderCareException("book.service-gone"));
        if (!availability.bookable(request.day())) {
            throw new ElderCareException("book.day-not-open", Availability.DAYS_AHEAD);
        }
        return service;
    }

    private CandidateSlot checkedSlot(CareService service, BookRequest request) {
        CandidateSlot slot =
                SlotPlanner.slotsOn(service.plan(), request.day(), service.duration(), clock.getZone()).stream()
                        .filter(candidate -> candidate.start().equals(request.start()))
                        .findFirst()
                        .orElseThrow(() -> new ElderCareException("book.time-gone"));
        if (!slot.startsAt().isAfter(clock.instant())) {
            throw new ElderCareException("book.time-passed");
        }
        return slot;
    }

    private boolean holds(long elderId, String serviceKey, Instant startsAt) {
        return refreshed(byField("elderId", elderId)).stream()
                .anyMatch(booking -> booking.serviceKey().equals(serviceKey)
                        && booking.startsAt().equals(startsAt)
                        && booking.status().open());
    }

    private CareBooking draft(BookRequest request, CareService service, CandidateSlot slot, CareProfile profile) {
        return new CareBooking(
                "",
                0,
                request.confirmKey(),
                service.key(),
                "",
                "",
                slot.startsAt(),
                slot.endsAt(),
                slot.day(),
                request.bookedBy().id(),
                request.bookedBy().name(),
                request.elder().id(),
                request.elder().name(),
                service.atHome(),
                service.atHome() ? profile.address() : "",
                profile.notes(),
                CareStatus.PENDING,
                false,
                "",
                "",
                0,
                "",
                0,
                "",
                0,
                0,
                clock.instant());
    }

    private CareBooking finish(CareBooking booking, BookRequest request) {
        if (booking.status() != CareStatus.PENDING) {
            return refreshed(booking);
        }
        CareService service = services.find(booking.serviceKey()).orElseThrow();
        Slot slot = reservations.openSlot(service.resource(), booking.startsAt(), booking.endsAt(), service.capacity());
        Optional<Booking> taken = heldInSlot(slot.id(), booking);
        if (taken.isEmpty()) {
            try {
                taken = Optional.of(reservations.reserve(slot.id(), request.bookedBy(), request.elder()));
            } catch (IllegalArgumentException refused) {
                // Either a second touch took the place a moment ago (take it over), or the host refuses.
                taken = heldInSlot(slot.id(), booking);
            }
        }
        if (taken.isEmpty()) {
            return abandon(booking, request);
        }
        try {
            return save(booking.withHost(
                    slot.id(), taken.get().id(), CareStatus.of(taken.get().status())));
        } catch (ConcurrentChangeException secondTouch) {
            return byKey(booking.confirmKey()).map(this::refreshed).orElseThrow();
        }
    }

    /** A place an earlier, interrupted confirm of this booking took for the elder: the booking takes it over. */
    private Optional<Booking> heldInSlot(String slotId, CareBooking booking) {
        return reservations.bookings(slotId).stream()
                .filter(held -> held.bookedFor() == booking.elderId())
                .filter(held -> CareStatus.of(held.status()).open())
                .filter(held -> records.findBy(CareBooking.COLLECTION, "hostBookingId", held.id()).stream()
                        .allMatch(other -> other.id().equals(booking.id())))
                .findFirst();
    }

    private CareBooking abandon(CareBooking booking, BookRequest request) {
        var stored = records.find(CareBooking.COLLECTION, booking.id());
        if (stored.isPresent()) {
            CareBooking now = CareBooking.fromJson(
                    stored.get().id(), stored.get().version(), stored.get().json());
            if (now.status() != CareStatus.PENDING) {
                return refreshed(now); // the other touch finished it
            }
            records.delete(CareBooking.COLLECTION, now.id(), now.version());
        }
        throw new ElderCareException("book.refused", request.elder().name());
    }

    // --- reading ------------------------------------------------------------------------------------

    /** A booking with its status as the host has it now. */
    public Optional<CareBooking> find(String bookingId) {
        return records.find(CareBooking.COLLECTION, bookingId)
                .map(stored -> CareBooking.fromJson(stored.id(), stored.version(), stored.json()))
                .filter(booking -> booking.status() != CareStatus.PENDING)
                .map(this::refreshed);
    }

    /** The position on its slot's waitlist (1 is next), or 0 when the booking is not waiting. */
    public int waitlistPosition(CareBooking booking) {
        if (booking.status() != CareStatus.WAITLISTED) {
            return 0;
        }
        List<String> waiting = reservations.bookings(booking.slotId()).stream()
                .filter(held -> held.status() == Reservations.Status.WAITLISTED)
                .map(Booking::id)
                .toList();
        return waiting.indexOf(booking.hostBookingId()) + 1;
    }

    /** Bookings from today on that the residents come to or made, earliest first. */
    public List<CareBooking> upcomingFor(Collection<Long> residentIds) {
        var found = new LinkedHashMap<String, CareBooking>();
        for (long residentId : residentIds) {
            for (String field : List.of("elderId", "bookedById")) {
                byField(field, residentId).forEach(booking -> found.put(booking.id(), booking));
            }
        }
        LocalDate today = today();
        return refreshed(found.values().stream()
                .filter(booking -> !booking.day().isBefore(today))
                .sorted(Comparator.comparing(CareBooking::startsAt))
                .toList());
    }

    /** The bookings of a day, by time then in the order they were made. */
    public List<CareBooking> on(LocalDate day) {
        List<CareBooking> ofDay = records.findBy(CareBooking.COLLECTION, "day", day.toString()).stream()
                .map(stored -> CareBooking.fromJson(stored.id(), stored.version(), stored.json()))
                .filter(booking -> booking.status() != CareStatus.PENDING)
                .sorted(Comparator.comparing(CareBooking::startsAt).thenComparing(CareBooking::createdAt))
                .toList();
        return refreshed(ofDay);
    }

    /** The bookings of the ISO weeks from {@code from} to {@code to}, as stored (for the report). */
    public List<CareBooking> inWeeks(LocalDate from, LocalDate to) {
        var weeks = new java.util.LinkedHashSet<String>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            weeks.add(CareBooking.isoWeek(day));
        }
        var found = new ArrayList<CareBooking>();
        for (String week : weeks) {
            records.findBy(CareBooking.COLLECTION, "week", week).stream()
                    .map(stored -> CareBooking.fromJson(stored.id(), stored.version(), stored.json()))
                    .filter(booking -> booking.status() != CareStatus.PENDING)
                    .forEach(found::add);
        }
        return found;
    }

    private List<CareBooking> byField(String field, long residentId) {
        return records.findBy(CareBooking.COLLECTION, field, String.valueOf(residentId)).stream()
                .map(stored -> CareBooking.fromJson(stored.id(), stored.version(), stored.json()))
                .filter(booking -> booking.status() != CareStatus.PENDING)
                .toList();
    }

    private Optional<CareBooking> byKey(String confirmKey) {
        return records.findBy(CareBooking.COLLECTION, "confirmKey", confirmKey).stream()
                .findFirst()
                .map(stored -> CareBooking.fromJson(stored.id(), stored.version(), stored.json()));
    }

    /** The booking with the host's current status (for example promoted from the waitlist). */
    private CareBooking refreshed(CareBooking booking) {
        if (!booking.status().open()) {
            return booking;
        }
        return reservations
                .booking(booking.hostBookingId())
                .map(host -> mirrored(booking, CareStatus.of(host.status())))
                .orElse(booking);
    }

    /** Many bookings brought up to date with one host call per slot. */
    private List<CareBooking> refreshed(List<CareBooking> bookings) {
        Map<String, Map<String, CareStatus>> bySlot = new HashMap<>();
        var result = new ArrayList<CareBooking>();
        for (CareBooking booking : bookings) {
            if (!booking.status().open()) {
                result.add(booking);
                continue;
            }
            Map<String, CareStatus> statuses = bySlot.computeIfAbsent(booking.slotId(), this::statusesOf);
            CareStatus now = statuses.getOrDefault(booking.hostBookingId(), booking.status());
            result.add(mirrored(booking, now));
        }
        return result;
    }

    private Map<String, CareStatus> statusesOf(String slotId) {
        var statuses = new HashMap<String, CareStatus>();
        reservations.bookings(slotId).forEach(held -> statuses.put(held.id(), CareStatus.of(held.status())));
        return statuses;
    }

    private CareBooking mirrored(CareBooking booking, CareStatus now) {
        if (now == booking.status()) {
            return booking;
        }
        try {
            return save(booking.withStatus(now));
        } catch (ConcurrentChangeException changed) {
            return booking.withStatus(now); // someone else saved it: show the truth, write nothing
        }
    }

    // --- cancelling ----------------------------------------------------------------------------------

    /** The last moment the resident can cancel: the cut-off before the start; a waitlist place until the start. */
    public Instant cancelDeadline(CareBooking booking) {
        return booking.status() == CareStatus.WAITLISTED
                ? booking.startsAt()
                : booking.startsAt().minus(cancelCutoff);
    }

    public boolean cancellable(CareBooking booking) {
        return booking.status().open() && clock.instant().isBefore(cancelDeadline(booking));
    }

    /**
     * Cancels a booking; the host gives a freed place to the first on the waitlist. Cancelling a cancelled
     * booking changes nothing.
     *
     * @throws ElderCareException past the cut-off, or when the booking was already checked in or missed
     */
    public CareBooking cancel(String bookingId) {
        CareBooking booking = load(bookingId);
        if (booking.status() == CareStatus.CANCELLED) {
            return booking;
        }
        if (!booking.status().open()) {
            throw new ElderCareException("cancel.not-open", booking.elderName(), booking.status());
        }
        if (!cancellable(booking)) {
            throw new ElderCareException("cancel.past-cutoff", cancelCutoff.toHours());
        }
        try {
            reservations.cancel(booking.hostBookingId());
        } catch (IllegalStateException changed) {
            CareBooking now = load(bookingId);
            throw new ElderCareException("cancel.not-open", now.elderName(), now.status());
        }
        return change(bookingId, current -> current.withStatus(CareStatus.CANCELLED));
    }

    // --- the care workers' actions ------------------------------------------------------------------

    /**
     * Checks in a booked elder (by touch or by the QR code). Checking in twice changes nothing.
     *
     * @throws ElderCareException when the booking holds no place (waiting, cancelled, missed)
     */
    public CareBooking checkIn(String bookingId) {
        CareBooking booking = load(bookingId);
        if (booking.status().attended()) {
            return booking;
        }
        requireBooked(booking);
        reservations.checkIn(booking.hostBookingId());
        return change(bookingId, current -> current.withStatus(CareStatus.CHECKED_IN));
    }

    /**
     * Marks that the elder did not come (or was not at home), once the time has started.
     *
     * @throws ElderCareException before the start, or when the booking holds no place
     */
    public CareBooking noShow(String bookingId) {
        CareBooking booking = load(bookingId);
        if (booking.status() == CareStatus.NO_SHOW) {
            return booking;
        }
        requireBooked(booking);
        if (clock.instant().isBefore(booking.startsAt())) {
            throw new ElderCareException("staff.no-show-too-early", booking.elderName(), localTime(booking.startsAt()));
        }
        reservations.noShow(booking.hostBookingId());
        return change(bookingId, current -> current.withStatus(CareStatus.NO_SHOW));
    }

    private void requireBooked(CareBooking booking) {
        if (booking.status() != CareStatus.BOOKED) {
            throw new ElderCareException("staff.not-booked", booking.elderName(), booking.status());
        }
    }

    /** Keeps a care worker's note on the booking (at most 500 characters); a blank note clears it. */
    public CareBooking note(String bookingId, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new ElderCareException("staff.note-too-long", MAX_NOTE);
        }
        load(bookingId);
        return change(bookingId, current -> current.withNote(text));
    }

    /** Assigns the booking to a staff member by name; a blank name removes the assignment. */
    public CareBooking assignStaff(String bookingId, String staffName) {
        String name = staffName == null ? "" : staffName.strip();
        if (name.length() > 50) {
            throw new ElderCareException("staff.name-too-long");
        }
        requireNotFinished(load(bookingId));
        return change(bookingId, current -> current.withAssignee(name, 0, 0));
    }

    /**
     * Assigns the booking to a volunteer, whose hours are recorded when it is completed.
     *
     * @throws ElderCareException when the resident is not an active volunteer
     */
    public CareBooking assignVolunteer(String bookingId, ResidentInfo volunteer, boolean isVolunteer) {
        if (!isVolunteer) {
            throw new ElderCareException("staff.not-a-volunteer", volunteer.name());
        }
        requireNotFinished(load(bookingId));
        return change(
                bookingId, current -> current.withAssignee(volunteer.name(), volunteer.id(), volunteer.birthYear()));
    }

    private static void requireNotFinished(CareBooking booking) {
        if (booking.status() == CareStatus.COMPLETED || booking.status() == CareStatus.CANCELLED) {
            throw new ElderCareException("staff.already-finished", booking.elderName(), booking.status());
        }
    }

    /**
     * Marks the service delivered: checks the elder in when needed and records the volunteer's service.
     * Completing twice records once and returns the first outcome.
     *
     * @throws ElderCareException when the booking holds no place, or a volunteer's service has not ended yet
     */
    public CareBooking complete(String bookingId, VolunteerRecorder recorder) {
        CareBooking booking = load(bookingId);
        if (booking.status() == CareStatus.COMPLETED) {
            return booking;
        }
        if (booking.status() != CareStatus.CHECKED_IN) {
            requireBooked(booking);
        }
        if (booking.volunteerId() != 0 && clock.instant().isBefore(booking.endsAt())) {
            throw new ElderCareException(
                    "staff.complete-before-end", localTime(booking.endsAt()), booking.volunteerName());
        }
        if (booking.status() == CareStatus.BOOKED) {
            reservations.checkIn(booking.hostBookingId());
        }
        VolunteerRecorder.Outcome outcome = booking.volunteerId() == 0
                ? VolunteerRecorder.Outcome.none()
                : recorder.record(booking, serviceName(booking));
        return change(bookingId, current -> current.completed(outcome.kind(), outcome.minutes(), outcome.points()));
    }

    private String serviceName(CareBooking booking) {
        return services.find(booking.serviceKey()).map(CareService::nameZh).orElse(booking.serviceKey());
    }

    private LocalTime localTime(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalTime();
    }

    // --- storage ------------------------------------------------------------------------------------

    private CareBooking load(String bookingId) {
        return find(bookingId).orElseThrow(() -> new ElderCareException("booking.not-found", bookingId));
    }

    private CareBooking change(String bookingId, UnaryOperator<CareBooking> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = records.find(CareBooking.COLLECTION, bookingId).orElseThrow();
            CareBooking current = CareBooking.fromJson(stored.id(), stored.version(), stored.json());
            try {
                return save(change.apply(current));
            } catch (ConcurrentChangeException changed) {
                // Another screen saved it in between: apply the change to what it saved.
            }
        }
        throw new ElderCareException("error.busy");
    }

    private CareBooking save(CareBooking booking) {
        var stored = records.update(CareBooking.COLLECTION, booking.id(), booking.version(), booking.toJson());
        return CareBooking.fromJson(stored.id(), stored.version(), stored.json());
    }
}
