package org.happystation.plugins.canteen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAndMenusTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    private static Order order(
            String name, Tier tier, long subsidy, long points, long due, OrderState state, boolean counterPaid) {
        Instant now = Instant.parse("2025-06-10T00:00:00Z");
        return new Order(
                "1",
                1,
                DAY,
                Meal.LUNCH,
                0,
                "11:00-12:00",
                false,
                "",
                1,
                name,
                1,
                tier,
                1000,
                subsidy,
                points,
                0,
                due,
                Payment.BOTH,
                7,
                "",
                state,
                points > 0,
                state == OrderState.CANCELLED,
                counterPaid,
                "k",
                now,
                now);
    }

    @Test
    void the_daily_report_sums_meals_subsidy_points_and_counter_amounts_without_cancelled_orders() {
        var report = DailyReport.of(
                DAY,
                List.of(
                        order("王秀兰", Tier.AGE_80_PLUS, 500, 2, 0, OrderState.COLLECTED, false),
                        order("李强", Tier.OTHER, 0, 0, 1500, OrderState.COLLECTED, true),
                        order("张桂芳", Tier.AGE_60_TO_79, 500, 1, 350, OrderState.NO_SHOW, false),
                        order("赵军", Tier.AGE_80_PLUS, 500, 2, 0, OrderState.CANCELLED, false)));

        assertThat(report.meals()).isEqualTo(3);
        assertThat(report.mealsByTier().get(Tier.AGE_80_PLUS)).isEqualTo(1);
        assertThat(report.subsidyFen()).isEqualTo(1000);
        assertThat(report.pointsTaken()).isEqualTo(3);
        assertThat(report.counterDueFen()).isEqualTo(1850);
        assertThat(report.counterPaidFen()).isEqualTo(1500);
        assertThat(report.noShows()).isEqualTo(1);
        assertThat(report.cancellations()).isEqualTo(1);
    }

    @Test
    void the_csv_starts_with_a_byte_order_mark_and_defuses_formulas() {
        var report = DailyReport.of(
                DAY, List.of(order("=HYPERLINK(\"x\")", Tier.OTHER, 0, 0, 1500, OrderState.PAID, false)));

        String csv = new String(report.toCsv(key -> key), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(csv).doesNotContain(",=HYPERLINK");
        assertThat(DailyReport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(DailyReport.cell("王秀兰")).isEqualTo("王秀兰");
    }

    @Test
    void copying_last_week_fills_empty_days_and_says_which_were_skipped() {
        var menus = new Menus(new InMemoryRecordStore());
        LocalDate monday = Menus.mondayOf(DAY);
        menus.save(monday.minusWeeks(1), Meal.LUNCH, List.of(new Dish("红烧豆腐", List.of("soft"), "", "")));
        menus.save(monday.minusWeeks(1).plusDays(1), Meal.LUNCH, List.of(new Dish("饺子", List.of(), "", "")));
        menus.save(monday.plusDays(1), Meal.LUNCH, List.of(new Dish("面条", List.of(), "", "")));

        var result = menus.copyLastWeek(monday);

        assertThat(result.copied()).containsExactly(Menus.key(monday, Meal.LUNCH));
        assertThat(result.skipped()).containsExactly(Menus.key(monday.plusDays(1), Meal.LUNCH));
        assertThat(menus.find(monday.plusDays(1), Meal.LUNCH).orElseThrow().dishes())
                .extracting(Dish::name)
                .containsExactly("面条");
        assertThat(menus.find(monday, Meal.LUNCH).orElseThrow().dishes().get(0).tags())
                .containsExactly("soft");
    }

    @Test
    void a_station_without_menus_gets_a_sample_fortnight_once() {
        var menus = new Menus(new InMemoryRecordStore());

        SampleMenus.seedIfEmpty(menus, DAY);
        menus.save(DAY, Meal.LUNCH, List.of(new Dish("自定义", List.of(), "", "")));
        SampleMenus.seedIfEmpty(menus, DAY);

        assertThat(menus.find(Menus.mondayOf(DAY).plusDays(13), Meal.DINNER)
                        .orElseThrow()
                        .sample())
                .isTrue();
        assertThat(menus.find(DAY, Meal.LUNCH).orElseThrow().sample()).isFalse();
        assertThat(menus.find(DAY, Meal.LUNCH).orElseThrow().dishes())
                .extracting(Dish::name)
                .containsExactly("自定义");
    }

    @Test
    void photos_are_taken_only_as_jpeg_or_png_up_to_300_kb() {
        var photos = new Photos(new InMemoryRecordStore());
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01};

        String id = photos.save(jpeg);

        assertThat(photos.find(id).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> photos.save("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(CanteenException.class);
        byte[] big = new byte[Photos.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> photos.save(big)).isInstanceOf(CanteenException.class);
    }

    @Test
    void json_keeps_chinese_text_quotes_and_nested_lists() {
        String json = Json.write(java.util.Map.of("dishes", List.of(java.util.Map.of("name", "\"老\"豆腐\n"))));

        Object back = Json.parseObject(json).get("dishes");

        assertThat(back).asList().first().asString().contains("\"老\"豆腐\n");
    }
}
