package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.happystation.plugins.tutoring.domain.Fixtures.MOTHER;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOGANG;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOHONG;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOLI;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOMING;

import org.happystation.plugin.api.Reservations.Status;
import org.junit.jupiter.api.Test;

class EnrolmentsTest {

    private final Fixtures station = new Fixtures();
    private final TutoringClass maths = station.mathsClass(2, Tutor.NONE);

    EnrolmentsTest() {
        station.profile(XIAOMING, 3);
        station.profile(XIAOHONG, 4);
        station.profile(XIAOGANG, 3);
        station.profile(XIAOLI, 4);
    }

    @Test
    void a_class_takes_children_up_to_its_places_and_then_fills_its_waitlist_in_order() {
        Place first = station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);
        Place second = station.enrolments.enrol(maths.id(), MOTHER, XIAOHONG);
        Place third = station.enrolments.enrol(maths.id(), MOTHER, XIAOGANG);
        Place fourth = station.enrolments.enrol(maths.id(), MOTHER, XIAOLI);

        assertThat(first.booked()).isTrue();
        assertThat(second.booked()).isTrue();
        assertThat(third.waiting()).isTrue();
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(fourth.waitlistPosition()).isEqualTo(2);
        TutoringClass stored = station.catalogue.findClass(maths.id()).orElseThrow();
        assertThat(station.enrolments.occupancy(stored)).isEqualTo(new Occupancy(2, 2, 2));
        assertThat(station.enrolments.roster(stored)).extracting(Pupil::name).containsExactly("张小明", "张小红");
    }

    @Test
    void withdrawing_a_child_gives_the_place_to_the_first_on_the_waitlist() {
        station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);
        station.enrolments.enrol(maths.id(), MOTHER, XIAOHONG);
        station.enrolments.enrol(maths.id(), MOTHER, XIAOGANG);
        station.enrolments.enrol(maths.id(), MOTHER, XIAOLI);

        station.enrolments.withdraw(maths.id(), XIAOMING.id());

        assertThat(station.enrolments.placeIn(maths.id(), XIAOMING.id())).isEmpty();
        assertThat(station.enrolments
                        .placeIn(maths.id(), XIAOGANG.id())
                        .orElseThrow()
                        .booked())
                .isTrue();
        Place stillWaiting = station.enrolments.placeIn(maths.id(), XIAOLI.id()).orElseThrow();
        assertThat(stillWaiting.waiting()).isTrue();
        assertThat(stillWaiting.waitlistPosition()).isEqualTo(1);
        TutoringClass stored = station.catalogue.findClass(maths.id()).orElseThrow();
        assertThat(station.enrolments.roster(stored)).extracting(Pupil::name).containsExactly("张小红", "王小刚");
    }

    @Test
    void a_double_touch_enrols_once() {
        Place first = station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);
        Place again = station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);

        assertThat(again.enrolment().bookingId()).isEqualTo(first.enrolment().bookingId());
        assertThat(station.records.count(Enrolment.COLLECTION)).isEqualTo(1);
        TutoringClass stored = station.catalogue.findClass(maths.id()).orElseThrow();
        assertThat(station.enrolments.occupancy(stored).booked()).isEqualTo(1);
    }

    @Test
    void a_booking_another_kiosk_made_for_the_child_is_taken_over_rather_than_doubled() {
        station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);
        TutoringClass stored = station.catalogue.findClass(maths.id()).orElseThrow();
        var otherKiosk = station.reservations.reserve(stored.slotId(), MOTHER, XIAOHONG);

        Place place = station.enrolments.enrol(maths.id(), MOTHER, XIAOHONG);

        assertThat(place.enrolment().bookingId()).isEqualTo(otherKiosk.id());
        assertThat(station.enrolments.occupancy(stored).booked()).isEqualTo(2);
    }

    @Test
    void a_child_whose_grade_the_class_does_not_take_is_told_why_and_nothing_is_booked() {
        station.profile(XIAOMING, 2);

        assertThatThrownBy(() -> station.enrolments.enrol(maths.id(), MOTHER, XIAOMING))
                .isInstanceOfSatisfying(TutoringException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("enrol.grade-out-of-range");
                    assertThat(refused.arguments()).containsExactly("张小明", 2, "三四年级数学", 3, 4);
                });
        assertThat(station.records.count(Enrolment.COLLECTION)).isZero();
        assertThat(station.catalogue.findClass(maths.id()).orElseThrow().slotOpened())
                .isFalse();
    }

    @Test
    void a_child_without_details_cannot_be_enrolled_yet() {
        var newChild = new org.happystation.plugin.api.ResidentInfo(299, "赵小宝", 2018);

        assertThatThrownBy(() -> station.enrolments.enrol(maths.id(), MOTHER, newChild))
                .hasMessage("enrol.profile-missing");
    }

    @Test
    void a_closed_class_takes_no_more_children() {
        station.catalogue.setClosed(maths, true);

        assertThatThrownBy(() -> station.enrolments.enrol(maths.id(), MOTHER, XIAOMING))
                .hasMessage("enrol.class-closed");
    }

    @Test
    void the_class_slot_runs_from_the_first_to_the_last_day_of_the_term_with_the_class_places() {
        station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);

        TutoringClass stored = station.catalogue.findClass(maths.id()).orElseThrow();
        var slot = station.reservations
                .slots(
                        "class." + maths.id(),
                        stored.slotStart(),
                        stored.slotStart().plusSeconds(1))
                .getFirst();
        assertThat(slot.start()).isEqualTo(java.time.Instant.parse("2026-08-31T16:00:00Z"));
        assertThat(slot.end()).isEqualTo(java.time.Instant.parse("2027-01-20T16:00:00Z"));
        assertThat(slot.capacity()).isEqualTo(2);
    }

    @Test
    void more_places_for_an_enrolled_class_go_to_its_waitlist_and_fewer_than_enrolled_are_refused() {
        station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);
        station.enrolments.enrol(maths.id(), MOTHER, XIAOHONG);
        assertThat(station.enrolments.enrol(maths.id(), MOTHER, XIAOGANG).waiting())
                .isTrue();
        assertThat(station.enrolments.enrol(maths.id(), MOTHER, XIAOLI).waiting())
                .isTrue();
        TutoringClass stored = station.catalogue.findClass(maths.id()).orElseThrow();

        assertThatThrownBy(() -> station.enrolments.changeCapacity(stored, 1))
                .hasMessage("class.capacity-below-enrolled");
        station.enrolments.changeCapacity(stored, 3);

        assertThat(station.enrolments.occupancy(stored)).isEqualTo(new Occupancy(3, 3, 1));
        assertThat(station.enrolments.placesOf(XIAOGANG.id()))
                .singleElement()
                .satisfies(place -> assertThat(place.booked()).isTrue());
        assertThat(station.enrolments.placesOf(XIAOLI.id()))
                .singleElement()
                .satisfies(place -> assertThat(place.waitlistPosition()).isEqualTo(1));
    }

    @Test
    void a_waitlisted_child_who_withdraws_leaves_the_waitlist() {
        station.enrolments.enrol(maths.id(), MOTHER, XIAOMING);
        station.enrolments.enrol(maths.id(), MOTHER, XIAOHONG);
        Place waiting = station.enrolments.enrol(maths.id(), MOTHER, XIAOGANG);

        station.enrolments.withdraw(maths.id(), XIAOGANG.id());

        assertThat(station.reservations
                        .booking(waiting.enrolment().bookingId())
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.CANCELLED);
        assertThat(station.enrolments.placesOf(XIAOGANG.id())).isEmpty();
        TutoringClass stored = station.catalogue.findClass(maths.id()).orElseThrow();
        assertThat(station.enrolments.occupancy(stored).waiting()).isZero();
    }

    @Test
    void a_child_not_linked_to_the_parent_is_refused_by_the_host_and_the_refusal_is_a_sentence() {
        var strict = new InMemoryReservations((by, forWhom) -> false);
        var enrolments = new Enrolments(station.records, strict, station.clock);

        assertThatThrownBy(() -> enrolments.enrol(maths.id(), MOTHER, XIAOMING))
                .isInstanceOf(TutoringException.class)
                .hasMessage("enrol.refused");
    }
}
