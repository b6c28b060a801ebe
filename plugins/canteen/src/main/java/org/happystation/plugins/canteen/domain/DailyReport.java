package org.happystation.plugins.canteen.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The manager's report of one day: meals by tier, the subsidy given, points taken, what the counter is
 * owed and took, no-shows and cancellations. Cancelled orders count only as cancellations.
 */
public record DailyReport(
        LocalDate day,
        Map<Tier, Long> mealsByTier,
        long subsidyFen,
        long pointsTaken,
        long counterDueFen,
        long counterPaidFen,
        long deliveries,
        long noShows,
        long cancellations,
        List<Order> orders) {

    public DailyReport {
        mealsByTier = Map.copyOf(mealsByTier);
        orders = List.copyOf(orders);
    }

    /** Sums the placed orders of a day. */
    public static DailyReport of(LocalDate day, List<Order> orders) {
        var byTier = new EnumMap<Tier, Long>(Tier.class);
        for (Tier tier : Tier.values()) {
            byTier.put(tier, 0L);
        }
        long subsidy = 0, points = 0, due = 0, paid = 0, deliveries = 0, noShows = 0, cancellations = 0;
        for (Order order : orders) {
            if (order.state() == OrderState.CANCELLED) {
                cancellations++;
                continue;
            }
            byTier.merge(order.tier(), 1L, Long::sum);
            subsidy += order.subsidyFen();
            points += order.pointsCharged() ? order.points() : 0;
            due += order.amountDueFen();
            paid += order.counterPaid() ? order.amountDueFen() : 0;
            deliveries += order.delivery() ? 1 : 0;
            noShows += order.state() == OrderState.NO_SHOW ? 1 : 0;
        }
        return new DailyReport(day, byTier, subsidy, points, due, paid, deliveries, noShows, cancellations, orders);
    }

    /** All meals served or due (not cancelled). */
    public long meals() {
        return mealsByTier.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Chinese), the sums
     * first, then one line per order. Texts come through {@code label} (message keys to the manager's
     * language). Cells that a spreadsheet would run as a formula are defused.
     */
    public byte[] toCsv(Function<String, String> label) {
        var lines = new ArrayList<List<String>>();
        lines.add(List.of(label.apply("report.day"), day.toString()));
        for (Tier tier : Tier.values()) {
            lines.add(List.of(label.apply(tier.messageKey()), String.valueOf(mealsByTier.get(tier))));
        }
        lines.add(List.of(label.apply("report.subsidy"), Quote.yuan(subsidyFen)));
        lines.add(List.of(label.apply("report.points"), String.valueOf(pointsTaken)));
        lines.add(List.of(label.apply("report.counter-due"), Quote.yuan(counterDueFen)));
        lines.add(List.of(label.apply("report.counter-paid"), Quote.yuan(counterPaidFen)));
        lines.add(List.of(label.apply("report.deliveries"), String.valueOf(deliveries)));
        lines.add(List.of(label.apply("report.no-shows"), String.valueOf(noShows)));
        lines.add(List.of(label.apply("report.cancellations"), String.valueOf(cancellations)));
        lines.add(List.of());
        lines.add(List.of(
                label.apply("report.col.pickup"),
                label.apply("report.col.meal"),
                label.apply("report.col.sitting"),
                label.apply("report.col.eater"),
                label.apply("report.col.tier"),
                label.apply("report.col.price"),
                label.apply("report.col.subsidy"),
                label.apply("report.col.points"),
                label.apply("report.col.due"),
                label.apply("report.col.state")));
        for (Order order : orders) {
            lines.add(List.of(
                    String.valueOf(order.pickupNumber()),
                    label.apply("meal." + order.meal().key()),
                    order.delivery() ? label.apply("report.delivery") : order.sittingLabel(),
                    order.eaterName(),
                    label.apply(order.tier().messageKey()),
                    Quote.yuan(order.basePriceFen()),
                    Quote.yuan(order.subsidyFen()),
                    String.valueOf(order.points()),
                    Quote.yuan(order.amountDueFen()),
                    label.apply(order.state().messageKey())));
        }
        var out = new StringBuilder("\uFEFF");
        for (List<String> line : lines) {
            out.append(String.join(",", line.stream().map(DailyReport::cell).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One CSV cell: a leading = + - @ tab or return is neutralised with an apostrophe, then quoted if needed. */
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
