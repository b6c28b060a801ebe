package org.happystation.points.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;
import org.junit.jupiter.api.Test;

class CheckinCodesTest {

    private static final Instant NOON = Instant.parse("2026-11-21T04:00:00Z");
    private final CheckinCodes codes = new CheckinCodes("a secret of this server".getBytes(StandardCharsets.UTF_8));
    private final StationRef lingxi = new StationRef(1);

    @Test
    void a_code_is_good_in_its_own_step_and_the_next_one() {
        String code = codes.kioskCode(lingxi, 7, NOON);

        assertThat(codes.verifyKioskCode(code, NOON))
                .isEqualTo(new CheckinCodes.KioskCode(lingxi, 7, CheckinCodes.stepAt(NOON)));
        assertThat(codes.verifyKioskCode(code, NOON.plusSeconds(59)).activityId())
                .isEqualTo(7);
    }

    @Test
    void a_code_older_than_one_step_of_allowance_has_expired() {
        String code = codes.kioskCode(lingxi, 7, NOON);

        assertRefused(() -> codes.verifyKioskCode(code, NOON.plusSeconds(60)), Reason.CODE_EXPIRED);
    }

    @Test
    void a_code_from_the_future_is_not_valid_yet() {
        String code = codes.kioskCode(lingxi, 7, NOON.plusSeconds(30));

        assertRefused(() -> codes.verifyKioskCode(code, NOON), Reason.CODE_NOT_YET_VALID);
    }

    @Test
    void changing_any_part_of_a_code_makes_it_forged() {
        String code = codes.kioskCode(lingxi, 7, NOON);
        String[] parts = code.split("\\.");

        assertRefused(() -> codes.verifyKioskCode(code.replace("." + parts[2] + ".", ".8."), NOON), Reason.CODE_FORGED);
        assertRefused(
                () -> codes.verifyKioskCode("c1.2." + parts[2] + "." + parts[3] + "." + parts[4], NOON),
                Reason.CODE_FORGED);
        assertRefused(
                () -> codes.verifyKioskCode(code.substring(0, code.length() - 1) + "A", NOON), Reason.CODE_FORGED);
        assertRefused(() -> codes.verifyKioskCode("https://example.com/", NOON), Reason.CODE_FORGED);
        assertRefused(() -> codes.verifyKioskCode(null, NOON), Reason.CODE_FORGED);
    }

    @Test
    void another_servers_secret_makes_a_forged_code() {
        var other = new CheckinCodes("another server's secret".getBytes(StandardCharsets.UTF_8));

        assertRefused(() -> codes.verifyKioskCode(other.kioskCode(lingxi, 7, NOON), NOON), Reason.CODE_FORGED);
    }

    @Test
    void a_volunteer_card_names_its_volunteer_and_cannot_be_altered() {
        String card = codes.cardCode(42);

        assertThat(codes.verifyCardCode(card)).isEqualTo(42);
        assertRefused(() -> codes.verifyCardCode(card.replace("v1.42.", "v1.43.")), Reason.CODE_FORGED);
        assertRefused(() -> codes.verifyCardCode(codes.kioskCode(lingxi, 42, NOON)), Reason.CODE_FORGED);
    }

    private static void assertRefused(Runnable action, Reason reason) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(PointsRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(reason));
    }
}
