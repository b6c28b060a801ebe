package org.happystation.plugins.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.eldercare.domain.Eligibility.Reason;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate NEW_YEARS_DAY = LocalDate.of(2025, 1, 1);

    private static CareService service(int minimumAge, EnumSet<Mobility> accepted, boolean atHome) {
        return new CareService(
                "1",
                1,
                "rehab",
                "康复训练",
                "Rehab",
                45,
                2,
                DeliveredBy.NURSE,
                minimumAge,
                accepted,
                atHome,
                WorkingPlan.weekdays(List.of(Period.parse("09:00-11:00"))),
                false);
    }

    private static CareProfile profile(ResidentInfo elder, Mobility mobility, String address) {
        return new CareProfile("9", 1, elder.id(), elder.name(), address, mobility, "");
    }

    @Test
    void age_counts_from_the_birth_year_at_the_stations_today() {
        var born1950 = new ResidentInfo(1, "王秀兰", 1950);
        var born1951 = new ResidentInfo(2, "李建国", 1951);
        CareService from75 = service(75, EnumSet.allOf(Mobility.class), false);

        assertThat(Eligibility.check(from75, born1950, CareProfile.none(1, "王秀兰"), NEW_YEARS_DAY))
                .isEmpty();
        assertThat(Eligibility.check(from75, born1951, CareProfile.none(2, "李建国"), NEW_YEARS_DAY))
                .get()
                .satisfies(refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Reason.TOO_YOUNG);
                    assertThat(refusal.age()).isEqualTo(74);
                });
    }

    @Test
    void a_mobility_level_the_service_does_not_accept_is_refused_and_no_profile_counts_as_independent() {
        var elder = new ResidentInfo(1, "王秀兰", 1940);
        CareService notForDependent = service(60, EnumSet.of(Mobility.INDEPENDENT, Mobility.PARTIAL), false);

        assertThat(Eligibility.check(notForDependent, elder, profile(elder, Mobility.DEPENDENT, ""), NEW_YEARS_DAY))
                .get()
                .extracting(Eligibility.Refusal::reason)
                .isEqualTo(Reason.MOBILITY);
        assertThat(Eligibility.check(notForDependent, elder, CareProfile.none(1, "王秀兰"), NEW_YEARS_DAY))
                .isEmpty();
    }

    @Test
    void a_service_at_home_needs_an_address_on_the_profile() {
        var elder = new ResidentInfo(1, "王秀兰", 1940);
        CareService homeVisit = service(60, EnumSet.allOf(Mobility.class), true);

        assertThat(Eligibility.check(homeVisit, elder, CareProfile.none(1, "王秀兰"), NEW_YEARS_DAY))
                .get()
                .extracting(Eligibility.Refusal::reason)
                .isEqualTo(Reason.NO_ADDRESS);
        assertThat(Eligibility.check(
                        homeVisit, elder, profile(elder, Mobility.DEPENDENT, "灵山街道3号楼2单元401"), NEW_YEARS_DAY))
                .isEmpty();
    }
}
