package org.happystation.plugins.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugin.api.VolunteerWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookingsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private final ResidentInfo wang = new ResidentInfo(1, "王秀兰", 1945);
    private final ResidentInfo son = new ResidentInfo(2, "李建国", 1970);
    private final ResidentInfo zhao = new ResidentInfo(3, "赵桂芝", 1948);
    private final ResidentInfo sun = new ResidentInfo(4, "孙玉梅", 1950);
    private final ResidentInfo liu = new ResidentInfo(6, "刘淑珍", 1947);
    private final ResidentInfo volunteer = new ResidentInfo(10, "陈志强", 1985);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T22:00:00Z"), SHANGHAI); // 06:00 Mon
    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final InMemoryReservations reservations = new InMemoryReservations();
    private final CareServices services = new CareServices(records);
    private final CareProfiles profiles = new CareProfiles(records);
    private final Bookings bookings =
            new Bookings(records, reservations, clock, services, profiles, Duration.ofHours(2));
    private int keys;

    @BeforeEach
    void twoServices() {
        var weekdayMornings = WorkingPlan.weekdays(List.of(Period.parse("09:00-11:00")));
        records.insert(
                CareService.COLLECTION,
                new CareService(
                                "",
                                0,
                                "rehab",
                                "康复训练",
                                "Rehabilitation",
                                45,
                                2,
                                DeliveredBy.NURSE,
                                60,
                                EnumSet.allOf(Mobility.class),
                                false,
                                weekdayMornings,
                                false)
                        .toJson());
        records.insert(
                CareService.COLLECTION,
                new CareService(
                                "",
                                0,
                                "home-visit",
                                "上门探访",
                                "Home visit",
                                60,
                                1,
                                DeliveredBy.VOLUNTEER,
                                60,
                                EnumSet.allOf(Mobility.class),
                                true,
                                weekdayMornings,
                                false)
                        .toJson());
        reservations.link(son, wang);
    }

    private CareBooking book(String service, LocalTime start, ResidentInfo by, ResidentInfo elder) {
        return bookings.book(new BookRequest("key-" + keys++, service, MONDAY, start, by, elder));
    }

    private CareBooking rehabAtNine(ResidentInfo elder) {
        return book("rehab", NINE, elder, elder);
    }

    @Test
    void booking_for_oneself_takes_a_place_and_opens_the_hosts_slot_only_then() {
        var availability = new Availability(reservations, clock);
        CareService rehab = services.find("rehab").orElseThrow();
        assertThat(availability.time(rehab, MONDAY, NINE).orElseThrow().placesLeft())
                .isEqualTo(2);
        assertThat(reservations.openedSlots()).isZero();

        CareBooking booking = rehabAtNine(wang);

        assertThat(booking.status()).isEqualTo(CareStatus.BOOKED);
        assertThat(booking.startsAt()).isEqualTo(Instant.parse("2025-06-02T01:00:00Z"));
        assertThat(reservations.openedSlots()).isEqualTo(1);
        assertThat(availability.time(rehab, MONDAY, NINE).orElseThrow().placesLeft())
                .isEqualTo(1);
    }

    @Test
    void a_relative_books_for_the_linked_elder_who_then_sees_it_among_their_bookings() {
        CareBooking booking = book("rehab", NINE, son, wang);

        assertThat(booking.elderName()).isEqualTo("王秀兰");
        assertThat(booking.bookedByName()).isEqualTo("李建国");
        assertThat(bookings.upcomingFor(List.of(wang.id())))
                .extracting(CareBooking::id)
                .containsExactly(booking.id());
        assertThat(bookings.upcomingFor(List.of(son.id())))
                .extracting(CareBooking::id)
                .containsExactly(booking.id());
    }

    @Test
    void booking_for_someone_who_is_not_a_linked_relative_is_refused_and_nothing_is_kept() {
        assertThatThrownBy(() -> book("rehab", NINE, son, zhao))
                .isInstanceOf(ElderCareException.class)
                .hasMessage("book.refused");

        assertThat(records.size(CareBooking.COLLECTION)).isZero();
    }

    @Test
    void a_full_time_puts_the_next_bookings_on_the_waitlist_in_their_order() {
        rehabAtNine(wang);
        rehabAtNine(liu);

        CareBooking third = rehabAtNine(zhao);
        CareBooking fourth = rehabAtNine(sun);

        assertThat(third.status()).isEqualTo(CareStatus.WAITLISTED);
        assertThat(bookings.waitlistPosition(third)).isEqualTo(1);
        assertThat(bookings.waitlistPosition(fourth)).isEqualTo(2);
        var offer = new Availability(reservations, clock)
                .days(services.find("rehab").orElseThrow())
                .getFirst();
        assertThat(offer.day()).isEqualTo(MONDAY);
        assertThat(offer.times().getFirst().full()).isTrue();
        assertThat(offer.times().getFirst().waiting()).isEqualTo(2);
        assertThat(offer.full()).isFalse();
    }

    @Test
    void a_cancelled_place_goes_to_the_first_on_the_waitlist_and_the_second_moves_up() {
        CareBooking first = rehabAtNine(wang);
        rehabAtNine(liu);
        CareBooking firstWaiting = rehabAtNine(zhao);
        CareBooking secondWaiting = rehabAtNine(sun);

        assertThat(bookings.cancel(first.id()).status()).isEqualTo(CareStatus.CANCELLED);

        assertThat(bookings.find(firstWaiting.id()).orElseThrow().status()).isEqualTo(CareStatus.BOOKED);
        CareBooking stillWaiting = bookings.find(secondWaiting.id()).orElseThrow();
        assertThat(stillWaiting.status()).isEqualTo(CareStatus.WAITLISTED);
        assertThat(bookings.waitlistPosition(stillWaiting)).isEqualTo(1);
        assertThat(bookings.find(firstWaiting.id()).orElseThrow().waited()).isTrue();
    }

    @Test
    void cancelling_within_two_hours_of_the_start_is_refused_and_keeps_the_place() {
        CareBooking booking = rehabAtNine(wang);
        clock.set(Instant.parse("2025-06-01T23:30:00Z")); // 07:30, 90 minutes before

        assertThatThrownBy(() -> bookings.cancel(booking.id()))
                .isInstanceOf(ElderCareException.class)
                .hasMessage("cancel.past-cutoff");

        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(CareStatus.BOOKED);
        assertThat(bookings.cancellable(booking)).isFalse();
    }

    @Test
    void a_place_on_the_waitlist_can_be_given_up_until_the_start() {
        rehabAtNine(wang);
        rehabAtNine(liu);
        CareBooking waiting = rehabAtNine(zhao);
        clock.set(Instant.parse("2025-06-02T00:50:00Z")); // 08:50

        assertThat(bookings.cancel(waiting.id()).status()).isEqualTo(CareStatus.CANCELLED);
    }

    @Test
    void a_double_touch_on_confirm_books_once() {
        var request = new BookRequest("same-screen", "rehab", MONDAY, NINE, wang, wang);

        CareBooking first = bookings.book(request);
        CareBooking second = bookings.book(request);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(records.size(CareBooking.COLLECTION)).isEqualTo(1);
        assertThat(reservations.bookings(first.slotId())).hasSize(1);
    }

    @Test
    void the_same_elder_cannot_hold_two_bookings_of_one_time() {
        rehabAtNine(wang);

        assertThatThrownBy(() -> book("rehab", NINE, son, wang))
                .isInstanceOf(ElderCareException.class)
                .hasMessage("book.already-booked");
    }

    @Test
    void a_time_that_has_started_or_is_not_in_the_plan_cannot_be_booked() {
        clock.set(Instant.parse("2025-06-02T01:10:00Z")); // 09:10

        assertThatThrownBy(() -> rehabAtNine(wang)).hasMessage("book.time-passed");
        assertThatThrownBy(() -> book("rehab", LocalTime.of(9, 10), wang, wang)).hasMessage("book.time-gone");
        assertThat(records.size(CareBooking.COLLECTION)).isZero();
    }

    @Test
    void an_elder_who_is_too_young_is_refused() {
        var young = new ResidentInfo(5, "周小红", 1990);

        assertThatThrownBy(() -> rehabAtNine(young)).hasMessage("book.not-eligible");
    }

    @Test
    void a_home_visit_carries_the_address_and_notes_of_the_care_profile() {
        profiles.save(new CareProfile("", 0, wang.id(), wang.name(), "灵山街道3号楼2单元401", Mobility.PARTIAL, "独居，青霉素过敏"));

        CareBooking visit = book("home-visit", NINE, son, wang);

        assertThat(visit.address()).isEqualTo("灵山街道3号楼2单元401");
        assertThat(visit.profileNotes()).isEqualTo("独居，青霉素过敏");
    }

    @Test
    void a_home_visit_without_an_address_is_refused() {
        assertThatThrownBy(() -> book("home-visit", NINE, wang, wang)).hasMessage("book.not-eligible");
    }

    @Test
    void check_in_by_scan_twice_checks_in_once_and_a_waiting_booking_cannot_be_checked_in() {
        CareBooking booked = rehabAtNine(wang);
        rehabAtNine(liu);
        CareBooking waiting = rehabAtNine(zhao);

        assertThat(bookings.checkIn(booked.id()).status()).isEqualTo(CareStatus.CHECKED_IN);
        assertThat(bookings.checkIn(booked.id()).status()).isEqualTo(CareStatus.CHECKED_IN);
        assertThatThrownBy(() -> bookings.checkIn(waiting.id())).hasMessage("staff.not-booked");
    }

    @Test
    void a_no_show_is_marked_only_once_the_time_has_started() {
        CareBooking booked = rehabAtNine(wang);

        assertThatThrownBy(() -> bookings.noShow(booked.id())).hasMessage("staff.no-show-too-early");

        clock.set(Instant.parse("2025-06-02T01:20:00Z"));
        assertThat(bookings.noShow(booked.id()).status()).isEqualTo(CareStatus.NO_SHOW);
    }

    @Test
    void completing_a_visit_records_the_volunteers_hours_once_with_the_slots_times() {
        profiles.save(new CareProfile("", 0, wang.id(), wang.name(), "灵山街道3号楼", Mobility.DEPENDENT, ""));
        CareBooking visit = book("home-visit", NINE, wang, wang);
        var work = new FakeVolunteerWork(Set.of(volunteer.id()), clock);
        bookings.assignVolunteer(visit.id(), volunteer, work.isVolunteer(volunteer));
        var recorder = new VolunteerRecorder(work, SHANGHAI);

        assertThatThrownBy(() -> bookings.complete(visit.id(), recorder)).hasMessage("staff.complete-before-end");
        clock.set(Instant.parse("2025-06-02T02:05:00Z")); // 10:05, after the visit
        CareBooking done = bookings.complete(visit.id(), recorder);
        CareBooking again = bookings.complete(visit.id(), recorder);

        assertThat(done.status()).isEqualTo(CareStatus.COMPLETED);
        assertThat(done.volunteerOutcome()).isEqualTo(VolunteerRecorder.RECORDED);
        assertThat(done.volunteerMinutes()).isEqualTo(60);
        assertThat(done.volunteerPoints()).isEqualTo(1);
        assertThat(again.volunteerMinutes()).isEqualTo(60);
        assertThat(work.recorded).containsOnlyKeys("eldercare-" + visit.id());
        VolunteerWork.ServiceGiven given = work.recorded.get("eldercare-" + visit.id());
        assertThat(given.kind()).isEqualTo(VolunteerWork.ServiceKind.ELDER_CARE);
        assertThat(given.start()).isEqualTo(visit.startsAt());
        assertThat(given.end()).isEqualTo(visit.endsAt());
        assertThat(given.confirmedByStaff()).isTrue();
        assertThat(reservations.booking(visit.hostBookingId()).orElseThrow().status())
                .isEqualTo(org.happystation.plugin.api.Reservations.Status.CHECKED_IN);
    }

    @Test
    void without_volunteer_records_the_visit_is_still_completed_and_says_so() {
        profiles.save(new CareProfile("", 0, wang.id(), wang.name(), "灵山街道3号楼", Mobility.DEPENDENT, ""));
        CareBooking visit = book("home-visit", NINE, wang, wang);
        bookings.assignVolunteer(visit.id(), volunteer, true);
        clock.set(Instant.parse("2025-06-02T02:05:00Z"));

        CareBooking done = bookings.complete(visit.id(), new VolunteerRecorder(VolunteerWork.UNAVAILABLE, SHANGHAI));

        assertThat(done.status()).isEqualTo(CareStatus.COMPLETED);
        assertThat(done.volunteerOutcome()).isEqualTo(VolunteerRecorder.UNAVAILABLE);
    }

    @Test
    void a_resident_who_is_not_a_volunteer_cannot_be_assigned_as_one() {
        CareBooking booked = rehabAtNine(wang);

        assertThatThrownBy(() -> bookings.assignVolunteer(booked.id(), zhao, false))
                .hasMessage("staff.not-a-volunteer");
        assertThat(bookings.find(booked.id()).orElseThrow().volunteerId()).isZero();
    }

    @Test
    void notes_and_assignments_of_the_staff_are_kept_on_the_booking() {
        CareBooking booked = rehabAtNine(wang);

        bookings.note(booked.id(), "  带上血压计  ");
        bookings.assignStaff(booked.id(), "护士 张丽");

        CareBooking read = bookings.on(MONDAY).getFirst();
        assertThat(read.staffNote()).isEqualTo("带上血压计");
        assertThat(read.assignee()).isEqualTo("护士 张丽");
        assertThatThrownBy(() -> bookings.note(booked.id(), "x".repeat(501))).hasMessage("staff.note-too-long");
    }

    @Test
    void a_station_without_services_gets_the_six_default_services_once() {
        var empty = new InMemoryRecordStore();
        var fresh = new CareServices(empty);

        assertThat(fresh.active())
                .extracting(CareService::key)
                .containsExactly("day-care", "rehab", "health-check", "bathing", "home-visit", "meal-delivery");
        fresh.all();
        assertThat(empty.size(CareService.COLLECTION)).isEqualTo(6);
        assertThat(fresh.find("home-visit").orElseThrow().atHome()).isTrue();
    }

    @Test
    void a_retired_service_takes_no_new_bookings() {
        services.save(services.find("rehab").orElseThrow().withRetired(true));

        assertThat(services.active()).extracting(CareService::key).containsExactly("home-visit");
        assertThatThrownBy(() -> rehabAtNine(wang)).hasMessage("book.service-gone");
    }
}
