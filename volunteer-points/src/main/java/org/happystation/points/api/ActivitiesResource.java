package org.happystation.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.ActivityDetails;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.activities.Category;
import org.happystation.points.activities.PointsRule;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;

/** A station's activities, defined by its manager. */
@Path("points/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    /** Weekdays as digits, 1 = Monday; times as HH:mm in the station's time zone. */
    public record ActivityBody(
            long stationId,
            String title,
            String category,
            String place,
            String content,
            String organiser,
            String leader,
            LocalDate firstDay,
            LocalDate lastDay,
            String weekdays,
            String dailyStart,
            String dailyEnd,
            int capacity,
            Integer pointsPerHour,
            Integer roundingMinutes,
            Integer minimumMinutes,
            Integer dailyCapPoints) {}

    public record ActivityView(
            long id,
            long stationId,
            String title,
            String category,
            String place,
            String firstDay,
            String lastDay,
            String weekdays,
            String dailyStart,
            String dailyEnd,
            int capacity,
            boolean cancelled) {
        static ActivityView of(Activity a) {
            var s = a.schedule();
            return new ActivityView(
                    a.id(),
                    a.station().id(),
                    a.title(),
                    a.category().name(),
                    a.place(),
                    s.firstDay().toString(),
                    s.lastDay().toString(),
                    s.weekdayDigits(),
                    s.dailyStart().toString(),
                    s.dailyEnd().toString(),
                    a.capacity(),
                    a.cancelled());
        }
    }

    @Inject
    Operator operator;

    @Inject
    ActivityService activities;

    @POST
    public ActivityView create(ActivityBody body) {
        var rule = new PointsRule(
                orDefault(body.pointsPerHour(), PointsRule.DEFAULT.pointsPerHour()),
                orDefault(body.roundingMinutes(), PointsRule.DEFAULT.roundingMinutes()),
                orDefault(body.minimumMinutes(), PointsRule.DEFAULT.minimumMinutes()),
                orDefault(body.dailyCapPoints(), PointsRule.DEFAULT.dailyCapPoints()));
        Category category;
        try {
            category = Category.valueOf(body.category());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("The category is one of " + List.of(Category.values()) + ".");
        }
        var schedule = new Schedule(
                body.firstDay(),
                body.lastDay() == null ? body.firstDay() : body.lastDay(),
                body.weekdays() == null
                        ? null
                        : Schedule.weekdaysOf(body.weekdays().replaceAll("[^1-7]", "")),
                LocalTime.parse(body.dailyStart()),
                LocalTime.parse(body.dailyEnd()));
        var details = new ActivityDetails(
                body.title(),
                category,
                body.place(),
                body.content(),
                body.organiser(),
                body.leader(),
                schedule,
                body.capacity(),
                rule);
        return ActivityView.of(activities.create(operator, new StationRef(body.stationId()), details));
    }

    @GET
    public List<ActivityView> ofStation(@QueryParam("station") long stationId) {
        return activities.ofStation(new StationRef(stationId)).stream()
                .map(ActivityView::of)
                .toList();
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
