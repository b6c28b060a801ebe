package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.eldercare.domain.Bookings;
import org.happystation.plugins.eldercare.domain.CareServices;
import org.happystation.plugins.eldercare.domain.WeeklyReport;

/** The weekly report per service over a chosen range of weeks, with its CSV download. */
class ReportSection extends Div {

    private final AdminContext context;
    private final Bookings bookings;
    private final CareServices services;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<WeeklyReport.Row> grid = new Grid<>();

    ReportSection(AdminContext context) {
        this.context = context;
        this.bookings = ElderCare.bookings(context);
        this.services = ElderCare.services(context);
        setId("eldercare-report");
        LocalDate today = bookings.today();
        from.setLabel(context.message("report.from"));
        from.setId("eldercare-report-from");
        from.setValue(today.minusWeeks(4));
        to.setLabel(context.message("report.to"));
        to.setId("eldercare-report-to");
        to.setValue(today.plusWeeks(2));
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        configureGrid();
        var range = new Div(from, to);
        range.getStyle().set("display", "flex").set("gap", "16px");
        add(
                new H3(context.message("admin.section.report")),
                new Paragraph(context.message("report.hint")),
                range,
                grid,
                csvLink());
        refresh();
    }

    private void configureGrid() {
        grid.setId("eldercare-report-grid");
        grid.addColumn(WeeklyReport.Row::week).setHeader(context.message("report.col.week"));
        grid.addColumn(WeeklyReport.Row::serviceName).setHeader(context.message("report.col.service"));
        grid.addColumn(WeeklyReport.Row::bookings).setHeader(context.message("report.col.bookings"));
        grid.addColumn(WeeklyReport.Row::attended).setHeader(context.message("report.col.attended"));
        grid.addColumn(WeeklyReport.Row::noShows).setHeader(context.message("report.col.no-shows"));
        grid.addColumn(WeeklyReport.Row::noShowPercent).setHeader(context.message("report.col.no-show-rate"));
        grid.addColumn(WeeklyReport.Row::cancellations).setHeader(context.message("report.col.cancellations"));
        grid.addColumn(WeeklyReport.Row::waited).setHeader(context.message("report.col.waited"));
        grid.setAllRowsVisible(true);
    }

    private WeeklyReport report() {
        LocalDate start = from.getValue() == null ? bookings.today().minusWeeks(4) : from.getValue();
        LocalDate end = to.getValue() == null || to.getValue().isBefore(start) ? start : to.getValue();
        return WeeklyReport.of(bookings.inWeeks(start, end), services.all(), context.locale());
    }

    private void refresh() {
        grid.setItems(report().rows());
    }

    private Anchor csvLink() {
        DownloadHandler csv = event -> {
            byte[] bytes = report().toCsv(key -> context.message(key));
            event.setFileName("elder-care-report.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        var link = new Anchor(csv, AttachmentType.DOWNLOAD, context.message("report.csv"));
        link.setId("eldercare-report-csv");
        return link;
    }
}
