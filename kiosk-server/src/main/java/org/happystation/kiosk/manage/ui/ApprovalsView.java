package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.Operators;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.records.RecordService;
import org.happystation.points.records.RecordsExport;
import org.happystation.points.records.ServiceRecord;
import org.happystation.points.volunteers.Volunteer;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/**
 * Service records waiting for a manager: approve one (with the minutes actually given) or many at once,
 * decline with a reason the volunteer reads, answer correction requests. Records past the 10 working days of
 * the national rules are marked in words, not only in colour. The station's records export as CSV.
 */
@Route(value = "manage/approvals", layout = ConsoleLayout.class)
@PageTitle("审核服务记录 Approvals")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class ApprovalsView extends Div {

    private final RecordService records;
    private final VolunteerService volunteers;
    private final Clock clock;
    private final Operator operator;
    private final Grid<ServiceRecord> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private final Div export = new Div();
    private StationRef station;
    private Map<Long, String> names = Map.of();

    @Inject
    public ApprovalsView(
            CurrentActor currentActor,
            StationService stations,
            RecordService records,
            VolunteerService volunteers,
            Clock clock) {
        this.records = records;
        this.volunteers = volunteers;
        this.clock = clock;
        var actor = SignedIn.actor(currentActor);
        this.operator = Operators.of(actor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.approvals")), feedback);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), chosen -> {
            station = new StationRef(chosen.id().value());
            refresh();
        }));
        add(configureGrid(), actions(), export);
    }

    private Grid<ServiceRecord> configureGrid() {
        grid.setId("approval-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        LocalDate today = Schedule.dayOf(clock.instant());
        grid.addComponentColumn(r -> {
                    var day = new Span(r.serviceDay().toString());
                    if (r.overdue(today)) {
                        var late = new Span(" " + getTranslation("approval.overdue"));
                        late.addClassName("overdue");
                        return new Span(day, late);
                    }
                    return day;
                })
                .setHeader(getTranslation("approval.day"))
                .setAutoWidth(true);
        grid.addColumn(r -> names.getOrDefault(r.volunteerId(), "")).setHeader(getTranslation("volunteer.name"));
        grid.addColumn(ServiceRecord::activityName)
                .setHeader(getTranslation("activity.title"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.minutes() + " min").setHeader(getTranslation("approval.minutes"));
        grid.addColumn(ServiceRecord::points).setHeader(getTranslation("volunteer.points"));
        grid.addColumn(r -> getTranslation("approval.status." + r.status().name()))
                .setHeader(getTranslation("volunteer.status"));
        grid.addColumn(r -> r.reviewReason() == null
                        ? ""
                        : org.happystation.points.ui.Texts.reviewReason(getLocale(), r.reviewReason()))
                .setHeader(getTranslation("approval.reason"));
        grid.addColumn(r -> r.correctionRequest() == null ? "" : r.correctionRequest())
                .setHeader(getTranslation("approval.correction"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div actions() {
        var approveAll = new Button(getTranslation("approval.approve-selected"), click -> {
            var ids = grid.getSelectedItems().stream().map(ServiceRecord::id).toList();
            if (ids.isEmpty()) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            int approved = records.approveAll(operator, ids);
            feedback.done(getTranslation("approval.approved", approved, ids.size()));
            refresh();
        });
        approveAll.setId("approve-selected");
        var minutes = new IntegerField(getTranslation("approval.minutes-given"));
        minutes.setId("approval-minutes");
        var approveOne = new Button(
                getTranslation("approval.approve-with-minutes"),
                click -> single(r -> records.approve(operator, r.id(), minutes.getValue())));
        var why = new TextField(getTranslation("approval.decline-reason"));
        why.setId("decline-reason");
        var decline = new Button(
                getTranslation("approval.decline"),
                click -> single(r -> records.decline(operator, r.id(), why.getValue())));
        decline.setId("decline");
        var correct = new Button(
                getTranslation("approval.correct"),
                click -> single(r -> records.correct(
                        operator, r.id(), minutes.getValue() == null ? r.minutes() : minutes.getValue())));
        var dismiss = new Button(
                getTranslation("approval.dismiss"), click -> single(r -> records.dismissCorrection(operator, r.id())));
        var box = new Div(approveAll, minutes, approveOne, why, decline, correct, dismiss);
        box.addClassName("console-toolbar");
        return box;
    }

    private void single(Function<ServiceRecord, ?> action) {
        var selected = grid.getSelectedItems();
        if (selected.size() != 1) {
            feedback.failed(getTranslation("approval.select-one"));
            return;
        }
        feedback.attempt(() -> action.apply(selected.iterator().next()), getTranslation("console.saved"));
        refresh();
    }

    private Anchor download(
            String id, String label, LocalDate from, LocalDate to, String extension, String type, StationRef station) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var rows = RecordsExport.rows(records.ofStation(station, from, to), volunteerId -> volunteers
                            .get(new VolunteerId(volunteerId))
                            .name());
                    byte[] bytes = "csv".equals(extension) ? RecordsExport.csv(rows) : RecordsExport.xlsx("服务记录", rows);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "service-records-" + from + "-" + to + "." + extension,
                            type,
                            bytes.length);
                }),
                getTranslation(label, from, to));
        link.setId(id);
        link.addClassName("console-download");
        return link;
    }

    private void refresh() {
        if (station == null) {
            return;
        }
        var list = records.toReview(station);
        names = volunteers.ofStation(station).stream().collect(Collectors.toMap(v -> v.id().value(), Volunteer::name));
        grid.setItems(list);
        export.removeAll();
        var to = Schedule.dayOf(clock.instant());
        var from = to.minusDays(90);
        var station = this.station;
        export.add(download("records-export", "approval.export", from, to, "csv", "text/csv; charset=UTF-8", station));
        export.add(download(
                "records-export-xlsx",
                "approval.export-xlsx",
                from,
                to,
                "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                station));
    }
}
