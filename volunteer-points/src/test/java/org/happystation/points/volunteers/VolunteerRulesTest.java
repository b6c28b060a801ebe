package org.happystation.points.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolunteerRulesTest {

    @Test
    void an_id_number_gives_birth_date_and_sex_and_is_shown_masked() {
        var id = IdNumber.withCheckDigit("21030219650412002");

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1965, 4, 12));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.masked())
                .startsWith("2103")
                .endsWith(id.value().substring(14))
                .contains("**********");
        assertThat(id.toString()).doesNotContain("19650412");
    }

    @Test
    void a_mistyped_id_number_is_caught_by_its_check_character() {
        String good = IdNumber.withCheckDigit("21030219650412002").value();
        String slip = good.substring(0, 16) + ((good.charAt(16) - '0' + 1) % 10) + good.charAt(17);

        assertThatThrownBy(() -> new IdNumber(slip)).hasMessageContaining("does not match");
        assertThatThrownBy(() -> new IdNumber("2103021965")).hasMessageContaining("18 characters");
    }

    @Test
    void star_levels_follow_the_100_300_600_1000_1500_hour_ladder() {
        assertThat(StarLevel.forMinutes(99 * 60)).isEqualTo(StarLevel.NONE);
        assertThat(StarLevel.forMinutes(100 * 60)).isEqualTo(StarLevel.ONE);
        assertThat(StarLevel.forMinutes(650 * 60).stars()).isEqualTo(3);
        assertThat(StarLevel.forMinutes(2000 * 60)).isEqualTo(StarLevel.FIVE);
        assertThat(StarLevel.forMinutes(250 * 60).hoursToNext(250 * 60)).isEqualTo(50);
    }

    @Test
    void a_profile_needs_a_mobile_number_and_cleans_its_lists() {
        var id = IdNumber.withCheckDigit("21030219650412002");

        var profile = new VolunteerProfile(
                " 王秀英 ", id, "138 0000 1234", "立山区灵西社区", List.of("烹饪", " 烹饪", ""), List.of("CANTEEN"), "");
        assertThat(profile.name()).isEqualTo("王秀英");
        assertThat(profile.phoneMasked()).isEqualTo("138****1234");
        assertThat(profile.skills()).containsExactly("烹饪");
        assertThat(profile.team()).isNull();
        assertThatThrownBy(() -> new VolunteerProfile("王", id, "12345", "灵西", null, null, null))
                .hasMessageContaining("11 digits");
    }
}
