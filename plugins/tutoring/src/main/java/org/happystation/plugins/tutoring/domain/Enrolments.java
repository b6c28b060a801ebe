package org.happystation.plugins.tutoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.happystation.plugin.api.RecordStore;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugin.api.Reservations;
import org.happystation.plugin.api.Reservations.Booking;
import org.happystation.plugin.api.Reservations.Slot;
import org.happystation.plugin.api.Reservations.Status;
import org.happystation.plugin.api.ResidentInfo;

/**
 * Enrols children in classes and withdraws them, through the host's reservations: each class has one slot
 * from its term's first day to its last with the class's capacity, so the host never lets it be over-full
 * and promotes its waitlist, in order of arrival, when a place frees.
 *
 * <p>Enrolling is safe to repeat: a child who already holds a booking of the class keeps it (a double touch
 * enrols once, even from two kiosks, since the host refuses a second active booking for the same child).
 */
public final class Enrolments {

    private static final int ATTEMPTS = 5;

    private final RecordStore records;
    private final Reservations reservations;
    private final Catalogue catalogue;
    private final ChildProfiles profiles;
    private final Timetable timetable;
    private final Clock clock;

    public Enrolments(RecordStore records, Reservations reservations, Clock clock) {
        this.records = records;
        this.reservations = reservations;
        this.catalogue = new Catalogue(records);
        this.profiles = new ChildProfiles(records);
        this.timetable = new Timetable(clock.getZone());
        this.clock = clock;
    }

    /**
     * Gives the child a place in the class, or a place on its waitlist when it is full.
     *
     * @throws TutoringException when the class is closed, the child's details are missing, or the child's
     *     grade is outside the class's range; nothing is booked then
     */
    public Place enrol(String classId, ResidentInfo parent, ResidentInfo child) {
        TutoringClass tutoringClass = openClass(classId);
        ChildProfile profile =
                profiles.of(child.id()).orElseThrow(() -> new TutoringException("enrol.profile-missing", child.name()));
        checkGrade(tutoringClass, profile);
        Optional<Enrolment> existing = activeEnrolment(classId, child.id());
        if (existing.isPresent()) {
            return placeOf(existing.get());
        }
        Slot slot = slotOf(tutoringClass);
        Booking booking = book(slot, parent, child);
        var enrolment = new Enrolment(
                "", 0, classId, child.id(), child.name(), parent.id(), booking.id(), clock.instant(), false);
        return placeOf(Enrolment.from(records.insert(Enrolment.COLLECTION, enrolment.toJson())));
    }

    /** Refuses a child whose grade the class does not take, with a sentence that says so. */
    public static void checkGrade(TutoringClass tutoringClass, ChildProfile profile) {
        GradeRange grades = tutoringClass.grades();
        if (!grades.includes(profile.grade())) {
            throw new TutoringException(
                    "enrol.grade-out-of-range",
                    profile.childName(),
                    profile.grade(),
                    tutoringClass.name(),
                    grades.from(),
                    grades.to());
        }
    }

    /** Withdraws the child from the class (a waitlisted child leaves the waitlist); a place passes on. */
    public void withdraw(String classId, long childId) {
        Optional<Enrolment> active = activeEnrolment(classId, childId);
        if (active.isEmpty()) {
            return;
        }
        Enrolment enrolment = active.get();
        Status status =
                reservations.booking(enrolment.bookingId()).map(Booking::status).orElse(Status.CANCELLED);
        if (status == Status.BOOKED || status == Status.WAITLISTED) {
            reservations.cancel(enrolment.bookingId());
        }
        records.update(
                Enrolment.COLLECTION,
                enrolment.id(),
                enrolment.version(),
                enrolment.withdrawnNow().toJson());
    }

    /** The child's classes (with a place or waiting), in the order enrolled. */
    public List<Place> placesOf(long childId) {
        return records.findBy(Enrolment.COLLECTION, "childId", String.valueOf(childId)).stream()
                .map(Enrolment::from)
                .filter(e -> !e.withdrawn())
                .map(this::placeOf)
                .filter(place -> place.booked() || place.waiting())
                .toList();
    }

    /** The child's place in the class, if enrolled. */
    public Optional<Place> placeIn(String classId, long childId) {
        return activeEnrolment(classId, childId).map(this::placeOf);
    }

    /** The children with a place in the class, in the order they got it. */
    public List<Pupil> roster(TutoringClass tutoringClass) {
        if (!tutoringClass.slotOpened()) {
            return List.of();
        }
        Map<String, Enrolment> byBooking = new HashMap<>();
        enrolmentsOf(tutoringClass.id()).forEach(e -> byBooking.put(e.bookingId(), e));
        return reservations.bookings(tutoringClass.slotId()).stream()
                .filter(booking -> booking.status() == Status.BOOKED)
                .map(booking -> new Pupil(booking.bookedFor(), nameOf(byBooking.get(booking.id()))))
                .toList();
    }

    /** How full the class is: from its slot once open, otherwise empty. */
    public Occupancy occupancy(TutoringClass tutoringClass) {
        return existingSlot(tutoringClass)
                .map(slot -> new Occupancy(slot.capacity(), slot.booked(), slot.waiting()))
                .orElse(new Occupancy(tutoringClass.capacity(), 0, 0));
    }

    /** Every enrolment ever made in the class, withdrawn ones too. */
    List<Enrolment> enrolmentsOf(String classId) {
        return records.findBy(Enrolment.COLLECTION, "classId", classId).stream()
                .map(Enrolment::from)
                .toList();
    }

    private static String nameOf(Enrolment enrolment) {
        return enrolment == null ? "" : enrolment.childName();
    }

    private TutoringClass openClass(String classId) {
        TutoringClass tutoringClass =
                catalogue.findClass(classId).orElseThrow(() -> new TutoringException("enrol.class-gone"));
        if (tutoringClass.closed()) {
            throw new TutoringException("enrol.class-closed", tutoringClass.name());
        }
        return tutoringClass;
    }

    private Optional<Enrolment> activeEnrolment(String classId, long childId) {
        return records.findBy(Enrolment.COLLECTION, "childId", String.valueOf(childId)).stream()
                .map(Enrolment::from)
                .filter(e -> e.classId().equals(classId) && !e.withdrawn())
                .filter(e -> {
                    Place place = placeOf(e);
                    return place.booked() || place.waiting();
                })
                .max(Comparator.comparing(Enrolment::enrolledAt));
    }

    private Place placeOf(Enrolment enrolment) {
        Optional<Booking> booking = reservations.booking(enrolment.bookingId());
        Status status = booking.map(Booking::status).orElse(Status.CANCELLED);
        if (status != Status.WAITLISTED) {
            return new Place(enrolment, status, 0);
        }
        List<Booking> waiting = reservations.bookings(booking.get().slotId()).stream()
                .filter(b -> b.status() == Status.WAITLISTED)
                .toList();
        int position = 1 + waiting.stream().map(Booking::id).toList().indexOf(enrolment.bookingId());
        return new Place(enrolment, status, position);
    }

    private Booking book(Slot slot, ResidentInfo parent, ResidentInfo child) {
        try {
            return reservations.reserve(slot.id(), parent, child);
        } catch (IllegalArgumentException refused) {
            // Another kiosk enrolled the same child a moment ago, or the child is not the parent's.
            return reservations.bookings(slot.id()).stream()
                    .filter(b -> b.bookedFor() == child.id())
                    .filter(b -> b.status() == Status.BOOKED || b.status() == Status.WAITLISTED)
                    .findFirst()
                    .orElseThrow(() -> new TutoringException("enrol.refused", child.name()));
        }
    }

    private Optional<Slot> existingSlot(TutoringClass tutoringClass) {
        if (!tutoringClass.slotOpened()) {
            return Optional.empty();
        }
        Instant start = tutoringClass.slotStart();
        return reservations.slots(tutoringClass.resource(), start, start.plusSeconds(1)).stream()
                .filter(slot -> slot.id().equals(tutoringClass.slotId()))
                .findFirst();
    }

    /**
     * Changes the places of a class whose slot is open; more places go at once to the waitlist, first in
     * line first (since API 1.3.0 the host does this).
     *
     * @throws TutoringException when more children hold a place than the new number
     */
    public void changeCapacity(TutoringClass tutoringClass, int capacity) {
        if (!tutoringClass.slotOpened() || tutoringClass.capacity() == capacity) {
            return;
        }
        try {
            reservations.setCapacity(tutoringClass.slotId(), capacity);
        } catch (IllegalStateException moreEnrolled) {
            int enrolled = existingSlot(tutoringClass).map(Slot::booked).orElse(0);
            throw new TutoringException("class.capacity-below-enrolled", enrolled);
        }
    }

    /** The class's slot; opened on the first enrolment (the host opens one slot per resource and start). */
    private Slot slotOf(TutoringClass tutoringClass) {
        Optional<Slot> existing = existingSlot(tutoringClass);
        if (existing.isPresent()) {
            return existing.get();
        }
        Term term = catalogue.termOf(tutoringClass);
        Instant start = timetable.termStart(term);
        Slot slot = reservations.openSlot(
                tutoringClass.resource(), start, timetable.termEnd(term), tutoringClass.capacity());
        rememberSlot(tutoringClass.id(), slot);
        return slot;
    }

    private void rememberSlot(String classId, Slot slot) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            TutoringClass current = catalogue.findClass(classId).orElseThrow();
            if (current.slotOpened()) {
                return;
            }
            try {
                catalogue.save(current.withSlot(slot.id(), slot.start()));
                return;
            } catch (ConcurrentChangeException changed) {
                // The manager edited the class meanwhile: read it again and keep their change.
            }
        }
        throw new TutoringException("enrol.try-again");
    }
}
