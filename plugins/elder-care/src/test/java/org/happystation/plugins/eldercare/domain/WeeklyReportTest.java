package org.happystation.plugins.eldercare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WeeklyReportTest {

    private static final CareService REHAB = new CareService(
            "1",
            1,
            "rehab",
            "康复训练",
            "Rehabilitation",
            45,
            2,
            DeliveredBy.NURSE,
            60,
            EnumSet.allOf(Mobility.class),
            false,
            WorkingPlan.weekdays(List.of(Period.parse("09:00-11:00"))),
            false);
    private static final CareService VISIT = new CareService(
            "2",
            1,
            "home-visit",
            "=上门探访",
            "Home visit",
            60,
            1,
            DeliveredBy.VOLUNTEER,
            60,
            EnumSet.allOf(Mobility.class),
            true,
            WorkingPlan.weekdays(List.of(Period.parse("09:00-11:00"))),
            false);

    private static CareBooking booking(String service, LocalDate day, CareStatus status, boolean waited) {
        Instant start =
                day.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        return new CareBooking(
                "id",
                1,
                "k",
                service,
                "s",
                "h",
                start,
                start.plusSeconds(3600),
                day,
                1,
                "a",
                1,
                "a",
                false,
                "",
                "",
                status,
                waited,
                "",
                "",
                0,
                "",
                0,
                "",
                0,
                0,
                start);
    }

    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate NEXT_TUESDAY = LocalDate.of(2025, 6, 10);

    private final WeeklyReport report = WeeklyReport.of(
            List.of(
                    booking("rehab", MONDAY, CareStatus.CHECKED_IN, false),
                    booking("rehab", MONDAY, CareStatus.COMPLETED, true),
                    booking("rehab", MONDAY, CareStatus.NO_SHOW, false),
                    booking("rehab", MONDAY.plusDays(2), CareStatus.CANCELLED, false),
                    booking("rehab", MONDAY.plusDays(2), CareStatus.WAITLISTED, true),
                    booking("home-visit", MONDAY, CareStatus.BOOKED, false),
                    booking("rehab", NEXT_TUESDAY, CareStatus.NO_SHOW, false)),
            List.of(REHAB, VISIT),
            Locale.CHINESE);

    @Test
    void each_service_and_iso_week_counts_bookings_attended_no_shows_cancellations_and_waiting() {
        assertThat(report.rows())
                .extracting(WeeklyReport.Row::week, WeeklyReport.Row::serviceKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-W23", "rehab"),
                        org.assertj.core.groups.Tuple.tuple("2025-W23", "home-visit"),
                        org.assertj.core.groups.Tuple.tuple("2025-W24", "rehab"));
        WeeklyReport.Row rehab = report.rows().getFirst();
        assertThat(rehab.bookings()).isEqualTo(5);
        assertThat(rehab.attended()).isEqualTo(2);
        assertThat(rehab.noShows()).isEqualTo(1);
        assertThat(rehab.cancellations()).isEqualTo(1);
        assertThat(rehab.waited()).isEqualTo(2);
        assertThat(rehab.noShowPercent()).isEqualTo("33.3%");
        assertThat(report.rows().get(1).noShowPercent()).isEqualTo("0.0%");
        assertThat(report.rows().get(2).noShowPercent()).isEqualTo("100.0%");
    }

    @Test
    void the_csv_starts_with_a_byte_order_mark_and_defuses_a_name_that_looks_like_a_formula() {
        String csv = new String(report.toCsv(key -> key.equals("report.col.week") ? "周" : key), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF周,");
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains("\r\n2025-W23,康复训练,5,2,1,33.3%,1,2\r\n");
        assertThat(csv).contains("2025-W23,'=上门探访,1,0,0,0.0%,0,0");
    }

    @Test
    void a_cell_with_a_comma_or_quote_is_quoted() {
        assertThat(WeeklyReport.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(WeeklyReport.cell("-1")).isEqualTo("'-1");
    }
}
