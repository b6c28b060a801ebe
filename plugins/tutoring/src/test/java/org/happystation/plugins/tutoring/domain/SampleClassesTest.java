package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.happystation.plugins.tutoring.domain.Fixtures.MOTHER;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOMING;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleClassesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final Catalogue catalogue = new Catalogue(records);

    @Test
    void a_new_station_gets_sample_classes_of_the_current_term_without_a_tutor() {
        SampleClasses.seedIfNew(records, TODAY);

        assertThat(catalogue.classes()).hasSizeBetween(3, 4).allSatisfy(sample -> {
            assertThat(sample.sample()).isTrue();
            assertThat(sample.hasTutor()).isFalse();
        });
        Term term = catalogue.terms().getFirst();
        assertThat(term.contains(TODAY)).isTrue();
        assertThat(term.holidays()).contains(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1));
        assertThat(catalogue.rooms()).isNotEmpty();
    }

    @Test
    void removed_samples_stay_removed_and_their_children_are_withdrawn() {
        SampleClasses.seedIfNew(records, TODAY);
        var reservations = new InMemoryReservations();
        var enrolments = new Enrolments(records, reservations, new MutableClock(TODAY.atTime(10, 0)));
        new ChildProfiles(records).save(MOTHER, XIAOMING, 1, "", "13800001234");
        TutoringClass firstGrades = catalogue.classes().stream()
                .filter(c -> c.grades().includes(1))
                .findFirst()
                .orElseThrow();
        Place place = enrolments.enrol(firstGrades.id(), MOTHER, XIAOMING);

        int removed = SampleClasses.removeSamples(catalogue, enrolments);
        SampleClasses.seedIfNew(records, TODAY);

        assertThat(removed).isEqualTo(4);
        assertThat(catalogue.classes()).isEmpty();
        assertThat(reservations
                        .booking(place.enrolment().bookingId())
                        .orElseThrow()
                        .status())
                .isEqualTo(org.happystation.plugin.api.Reservations.Status.CANCELLED);
    }

    @Test
    void a_station_with_its_own_classes_gets_no_samples() {
        var station = new Fixtures();
        station.mathsClass(10, Tutor.NONE);

        SampleClasses.seedIfNew(station.records, TODAY);

        assertThat(station.catalogue.classes()).noneMatch(TutoringClass::sample);
    }

    @Test
    void the_current_term_follows_the_school_year() {
        assertThat(SampleClasses.currentTerm(LocalDate.of(2027, 1, 10)).first()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(SampleClasses.currentTerm(LocalDate.of(2027, 3, 10)).first()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(SampleClasses.currentTerm(LocalDate.of(2027, 7, 20)).last()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(SampleClasses.currentTerm(LocalDate.of(2026, 9, 1)).last()).isEqualTo(LocalDate.of(2027, 1, 20));
    }
}
