package org.happystation.plugins.tutoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.happystation.plugins.tutoring.domain.Fixtures.MOTHER;
import static org.happystation.plugins.tutoring.domain.Fixtures.XIAOMING;

import org.junit.jupiter.api.Test;

class ChildProfilesTest {

    private final Fixtures station = new Fixtures();

    @Test
    void the_details_are_asked_once_and_can_be_changed() {
        station.profiles.save(MOTHER, XIAOMING, 3, "", "138 0000 1234");
        station.profiles.save(MOTHER, XIAOMING, 4, "铁东区实验小学", "13800001234");

        ChildProfile profile = station.profiles.of(XIAOMING.id()).orElseThrow();
        assertThat(profile.grade()).isEqualTo(4);
        assertThat(profile.school()).isEqualTo("铁东区实验小学");
        assertThat(profile.guardianPhone()).isEqualTo("13800001234");
        assertThat(station.records.count(ChildProfile.COLLECTION)).isEqualTo(1);
    }

    @Test
    void a_wrong_phone_number_or_a_missing_grade_changes_nothing() {
        station.profiles.save(MOTHER, XIAOMING, 3, "", "13800001234");

        assertThatThrownBy(() -> station.profiles.save(MOTHER, XIAOMING, 4, "", "12345"))
                .hasMessage("child.phone-invalid");
        assertThatThrownBy(() -> station.profiles.save(MOTHER, XIAOMING, 0, "", "13800001234"))
                .hasMessage("child.grade-missing");
        assertThat(station.profiles.of(XIAOMING.id()).orElseThrow().grade()).isEqualTo(3);
    }

    @Test
    void a_landline_with_its_area_code_is_a_valid_phone() {
        assertThat(ChildProfile.validPhone("0412-5551234")).isTrue();
        assertThat(ChildProfile.validPhone("5551234")).isFalse();
    }
}
