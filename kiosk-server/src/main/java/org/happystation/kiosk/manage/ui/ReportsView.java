package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.Operators;
import org.happystation.points.activities.Category;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.StationRef;
import org.happystation.points.reports.WeeklyFigures;

/**
 * A station's volunteering at a glance, the last twelve weeks: hours of service by category, and points
 * issued for its service, spent at its counters, and outstanding in all wallets.
 */
@Route(value = "manage/reports", layout = ConsoleLayout.class)
@PageTitle("志愿服务报表 Reports")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class ReportsView extends Div {

    private static final int WEEKS = 12;

    private final WeeklyFigures figures;
    private final Clock clock;
    private final Div charts = new Div();

    @Inject
    public ReportsView(CurrentActor currentActor, StationService stations, WeeklyFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
        var actor = SignedIn.actor(currentActor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.reports")));
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), chosen -> {
            var station = new StationRef(chosen.id().value());
            Operators.of(actor).requireManagerOf(station);
            show(station);
        }));
        charts.addClassName("console-charts");
        add(charts);
    }

    private void show(StationRef station) {
        charts.removeAll();
        var today = Schedule.dayOf(clock.instant());
        var minutes = figures.minutesByCategory(station, today, WEEKS);
        var weeks = minutes.keySet().stream()
                .map(monday -> monday.toString().substring(5))
                .toList();
        var hourSeries = new ArrayList<WeeklyChart.Series>();
        int colour = 0;
        for (Category category : Category.values()) {
            var values = minutes.values().stream()
                    .map(week -> Math.round(week.getOrDefault(category, 0L) / 60.0))
                    .toList();
            if (values.stream().anyMatch(hours -> hours > 0)) {
                hourSeries.add(new WeeklyChart.Series(
                        getTranslation("category." + category.name()),
                        values,
                        WeeklyChart.COLOURS.get(colour++ % WeeklyChart.COLOURS.size())));
            }
        }
        charts.add(new WeeklyChart("chart-hours", getTranslation("report.hours"), "bar", true, weeks, hourSeries));
        var points = figures.points(station, today, WEEKS);
        charts.add(new WeeklyChart(
                "chart-points",
                getTranslation("report.points"),
                "line",
                false,
                weeks,
                List.of(
                        new WeeklyChart.Series(
                                getTranslation("report.points.issued"),
                                points.stream()
                                        .map(WeeklyFigures.PointsWeek::issued)
                                        .toList(),
                                WeeklyChart.COLOURS.get(0)),
                        new WeeklyChart.Series(
                                getTranslation("report.points.spent"),
                                points.stream()
                                        .map(WeeklyFigures.PointsWeek::spent)
                                        .toList(),
                                WeeklyChart.COLOURS.get(1)),
                        new WeeklyChart.Series(
                                getTranslation("report.points.outstanding"),
                                points.stream()
                                        .map(WeeklyFigures.PointsWeek::outstanding)
                                        .toList(),
                                WeeklyChart.COLOURS.get(2)))));
    }
}
