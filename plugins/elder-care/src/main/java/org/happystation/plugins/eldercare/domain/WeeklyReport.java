package org.happystation.plugins.eldercare.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The manager's figures per service and ISO week: bookings made, attended (checked in or completed),
 * no-shows, the no-show rate (no-shows among the bookings that came due: attended plus no-shows),
 * cancellations, and how many bookings waited on a waitlist.
 */
public record WeeklyReport(List<Row> rows) {

    /** One service in one week. */
    public record Row(
            String serviceKey,
            String serviceName,
            String week,
            int bookings,
            int attended,
            int noShows,
            int cancellations,
            int waited) {

        /** No-shows among the bookings that came due, from 0 to 1; 0 when none came due. */
        public double noShowRate() {
            int due = attended + noShows;
            return due == 0 ? 0 : (double) noShows / due;
        }

        /** The rate as a percentage with one decimal, for example {@code 12.5%}. */
        public String noShowPercent() {
            return String.format(Locale.ROOT, "%.1f%%", noShowRate() * 100);
        }

        Row plus(CareBooking booking) {
            CareStatus status = booking.status();
            return new Row(
                    serviceKey,
                    serviceName,
                    week,
                    bookings + 1,
                    attended + (status.attended() ? 1 : 0),
                    noShows + (status == CareStatus.NO_SHOW ? 1 : 0),
                    cancellations + (status == CareStatus.CANCELLED ? 1 : 0),
                    waited + (booking.waited() ? 1 : 0));
        }
    }

    public WeeklyReport {
        rows = List.copyOf(rows);
    }

    /** Counts bookings per week (earliest first) and service (in the services' order). */
    public static WeeklyReport of(List<CareBooking> bookings, List<CareService> services, Locale locale) {
        var order = new LinkedHashMap<String, Integer>();
        var names = new LinkedHashMap<String, String>();
        for (CareService service : services) {
            order.put(service.key(), order.size());
            names.put(service.key(), service.name(locale));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (CareBooking booking : bookings) {
            String week = CareBooking.isoWeek(booking.day());
            rows.compute(week + "|" + booking.serviceKey(), (key, row) -> (row == null
                            ? new Row(
                                    booking.serviceKey(),
                                    names.getOrDefault(booking.serviceKey(), booking.serviceKey()),
                                    week,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0)
                            : row)
                    .plus(booking));
        }
        var sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(Row::week)
                .thenComparing(row -> order.getOrDefault(row.serviceKey(), Integer.MAX_VALUE)));
        return new WeeklyReport(sorted);
    }

    /**
     * The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Chinese), one line
     * per service and week. Headings come through {@code label} (message keys to the manager's language);
     * cells a spreadsheet would run as a formula are defused.
     */
    public byte[] toCsv(Function<String, String> label) {
        var lines = new ArrayList<List<String>>();
        lines.add(List.of(
                label.apply("report.col.week"),
                label.apply("report.col.service"),
                label.apply("report.col.bookings"),
                label.apply("report.col.attended"),
                label.apply("report.col.no-shows"),
                label.apply("report.col.no-show-rate"),
                label.apply("report.col.cancellations"),
                label.apply("report.col.waited")));
        for (Row row : rows) {
            lines.add(List.of(
                    row.week(),
                    row.serviceName(),
                    String.valueOf(row.bookings()),
                    String.valueOf(row.attended()),
                    String.valueOf(row.noShows()),
                    row.noShowPercent(),
                    String.valueOf(row.cancellations()),
                    String.valueOf(row.waited())));
        }
        var out = new StringBuilder("\uFEFF");
        for (List<String> line : lines) {
            out.append(String.join(",", line.stream().map(WeeklyReport::cell).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One CSV cell: a leading = + - @ tab or return gets an apostrophe so it stays text, then quotes if needed. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
