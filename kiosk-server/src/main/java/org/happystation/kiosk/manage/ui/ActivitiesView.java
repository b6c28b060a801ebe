package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.Operators;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.ActivityDetails;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.activities.Category;
import org.happystation.points.activities.PointsRule;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;

/** A station's volunteer activities: define one (what, where, when, how many, the points rule) or cancel it. */
@Route(value = "manage/activities", layout = ConsoleLayout.class)
@PageTitle("志愿活动 Activities")
@RolesAllowed({"STATION_MANAGER", "CITY_ADMIN"})
public class ActivitiesView extends Div {

    private final ActivityService activities;
    private final Operator operator;
    private final Grid<Activity> grid = new Grid<>();
    private final Feedback feedback = new Feedback();
    private StationRef station;

    @Inject
    public ActivitiesView(CurrentActor currentActor, StationService stations, ActivityService activities, Clock clock) {
        this.activities = activities;
        var actor = SignedIn.actor(currentActor);
        this.operator = Operators.of(actor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.activities")), feedback);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), chosen -> {
            station = new StationRef(chosen.id().value());
            refresh();
        }));
        var cancel = new Button(getTranslation("activity.cancel"), click -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected == null) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            feedback.attempt(() -> activities.cancel(operator, selected.id()), getTranslation("console.saved"));
            refresh();
        });
        add(configureGrid(), cancel, form(clock));
    }

    private Grid<Activity> configureGrid() {
        grid.setId("activity-grid");
        grid.addColumn(Activity::title)
                .setHeader(getTranslation("activity.title"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("category." + a.category().name()))
                .setHeader(getTranslation("activity.category"));
        grid.addColumn(Activity::place).setHeader(getTranslation("activity.place"));
        grid.addColumn(a -> a.schedule().firstDay() + " – " + a.schedule().lastDay())
                .setHeader(getTranslation("activity.days"));
        grid.addColumn(a -> weekdays(a.schedule()) + " " + a.schedule().dailyStart() + "–"
                        + a.schedule().dailyEnd())
                .setHeader(getTranslation("activity.times"));
        grid.addColumn(Activity::capacity).setHeader(getTranslation("activity.capacity"));
        grid.addColumn(a -> a.rule().pointsPerHour() + "/h").setHeader(getTranslation("activity.rule"));
        grid.addColumn(a -> a.cancelled() ? getTranslation("activity.cancelled") : "")
                .setHeader("");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String weekdays(Schedule schedule) {
        var names = new StringBuilder();
        schedule.weekdays().stream().sorted().forEach(day -> names.append(getTranslation("weekday." + day.getValue())));
        return names.toString();
    }

    private Div form(Clock clock) {
        var title = new TextField(getTranslation("activity.title"));
        title.setId("activity-title");
        var category = new Select<Category>();
        category.setLabel(getTranslation("activity.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        category.setValue(Category.CANTEEN);
        var place = new TextField(getTranslation("activity.place"));
        place.setId("activity-place");
        var content = new TextField(getTranslation("activity.content"));
        content.setId("activity-content");
        var organiser = new TextField(getTranslation("activity.organiser"));
        organiser.setId("activity-organiser");
        var leader = new TextField(getTranslation("activity.leader"));
        leader.setId("activity-leader");
        var today = java.time.LocalDate.now(clock.withZone(Schedule.ZONE));
        var first = new DatePicker(getTranslation("activity.first-day"), today);
        var last = new DatePicker(getTranslation("activity.last-day"), today);
        var days = new CheckboxGroup<DayOfWeek>(getTranslation("activity.weekdays"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> getTranslation("weekday." + day.getValue()));
        days.setValue(EnumSet.allOf(DayOfWeek.class));
        var start = new TimePicker(getTranslation("activity.start"), LocalTime.of(9, 0));
        var end = new TimePicker(getTranslation("activity.end"), LocalTime.of(11, 0));
        var capacity = integer("activity.capacity", 10);
        var perHour = integer("activity.points-per-hour", PointsRule.DEFAULT.pointsPerHour());
        var rounding = integer("activity.rounding", PointsRule.DEFAULT.roundingMinutes());
        var minimum = integer("activity.minimum", PointsRule.DEFAULT.minimumMinutes());
        var cap = integer("activity.daily-cap", PointsRule.DEFAULT.dailyCapPoints());
        java.util.function.Supplier<ActivityDetails> details = () -> new ActivityDetails(
                title.getValue(),
                category.getValue(),
                place.getValue(),
                content.getValue(),
                organiser.getValue(),
                leader.getValue(),
                new Schedule(first.getValue(), last.getValue(), days.getValue(), start.getValue(), end.getValue()),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                new PointsRule(value(perHour), value(rounding), value(minimum), value(cap)));
        var create = new Button(getTranslation("activity.create"), click -> {
            if (station == null) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            feedback.attempt(
                    () -> activities.create(operator, station, details.get()), getTranslation("console.saved"));
            refresh();
        });
        // Choosing an activity in the grid fills the form; "save changes" then updates it. Records already
        // made keep what was true when they were made.
        var save = new Button(getTranslation("activity.save"), click -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected == null) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            feedback.attempt(
                    () -> activities.change(operator, selected.id(), details.get()), getTranslation("console.saved"));
            refresh();
        });
        save.setId("activity-save");
        grid.asSingleSelect().addValueChangeListener(change -> {
            var chosen = change.getValue();
            if (chosen == null) {
                return;
            }
            var d = chosen.details();
            title.setValue(d.title());
            category.setValue(d.category());
            place.setValue(d.place());
            content.setValue(d.content());
            organiser.setValue(d.organiser());
            leader.setValue(d.leader());
            first.setValue(d.schedule().firstDay());
            last.setValue(d.schedule().lastDay());
            days.setValue(d.schedule().weekdays());
            start.setValue(d.schedule().dailyStart());
            end.setValue(d.schedule().dailyEnd());
            capacity.setValue(d.capacity());
            perHour.setValue(d.rule().pointsPerHour());
            rounding.setValue(d.rule().roundingMinutes());
            minimum.setValue(d.rule().minimumMinutes());
            cap.setValue(d.rule().dailyCapPoints());
        });
        create.setId("activity-create");
        var box = new Div(
                new H3(getTranslation("activity.new")),
                title,
                category,
                place,
                content,
                organiser,
                leader,
                first,
                last,
                days,
                start,
                end,
                capacity,
                perHour,
                rounding,
                minimum,
                cap,
                create,
                save);
        box.addClassName("console-toolbar");
        return box;
    }

    private IntegerField integer(String key, int initial) {
        var field = new IntegerField(getTranslation(key));
        field.setValue(initial);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(field.getLabel() + " ?");
        }
        return field.getValue();
    }

    private void refresh() {
        if (station != null) {
            grid.setItems(activities.ofStation(station));
        }
    }
}
