package org.happystation.plugins.canteen;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.canteen.domain.DailyReport;
import org.happystation.plugins.canteen.domain.Orders;
import org.happystation.plugins.canteen.domain.Tier;

/** The daily report of a chosen day, with its CSV download. */
class ReportSection extends Div {

    private final AdminContext context;
    private final Orders orders;
    private final DatePicker day = new DatePicker();
    private final Div summary = new Div();

    ReportSection(AdminContext context, Orders orders) {
        this.context = context;
        this.orders = orders;
        setId("canteen-report");
        day.setLabel(context.message("report.day"));
        day.setId("canteen-report-day");
        day.setValue(orders.today());
        day.addValueChangeListener(event -> refresh());
        add(new H3(context.message("admin.section.report")), day, summary, csvLink());
        refresh();
    }

    private DailyReport report() {
        LocalDate chosen = day.getValue() == null ? orders.today() : day.getValue();
        return DailyReport.of(chosen, orders.ordersOn(chosen));
    }

    private void refresh() {
        summary.removeAll();
        DailyReport report = report();
        summary.add(new Paragraph(context.message("report.meals", report.meals())));
        for (Tier tier : Tier.values()) {
            summary.add(new Paragraph(context.message(tier.messageKey()) + ": "
                    + report.mealsByTier().get(tier)));
        }
        summary.add(
                new Paragraph(context.message("report.subsidy") + ": " + Ui.money(context, report.subsidyFen())),
                new Paragraph(context.message("report.points") + ": " + report.pointsTaken()),
                new Paragraph(context.message("report.counter-due") + ": " + Ui.money(context, report.counterDueFen())),
                new Paragraph(
                        context.message("report.counter-paid") + ": " + Ui.money(context, report.counterPaidFen())),
                new Paragraph(context.message("report.deliveries") + ": " + report.deliveries()),
                new Paragraph(context.message("report.no-shows") + ": " + report.noShows()),
                new Paragraph(context.message("report.cancellations") + ": " + report.cancellations()));
    }

    private Anchor csvLink() {
        DownloadHandler csv = event -> {
            DailyReport report = report();
            byte[] bytes = report.toCsv(key -> context.message(key));
            event.setFileName("canteen-" + report.day() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        var link = new Anchor(csv, AttachmentType.DOWNLOAD, context.message("report.csv"));
        link.setId("canteen-report-csv");
        return link;
    }
}
