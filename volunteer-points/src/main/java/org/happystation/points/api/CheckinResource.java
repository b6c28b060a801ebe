package org.happystation.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.volunteers.VolunteerId;

/**
 * Check-in by code: a volunteer submits the code their phone read ({@code scan}); staff check a volunteer in
 * by card code or by hand ({@code staff}).
 */
@Path("points/checkin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckinResource {

    public record Scan(String code) {}

    /** Either {@code cardCode} or {@code volunteerId}. */
    public record StaffCheck(long activityId, String cardCode, Long volunteerId) {}

    @Inject
    Operator operator;

    @Inject
    CheckinService checkins;

    @Inject
    Clock clock;

    @POST
    @Path("scan")
    public Views.ScanResult scan(Scan body) {
        long volunteer = operator.volunteer()
                .orElseThrow(() -> new PointsRefused(Reason.NOT_PERMITTED, "Only a signed-in volunteer scans a code."));
        return Views.ScanResult.of(checkins.scan(new VolunteerId(volunteer), body.code(), clock.instant()));
    }

    @POST
    @Path("staff")
    public Views.ScanResult byStaff(StaffCheck body) {
        if (body.cardCode() != null && !body.cardCode().isBlank()) {
            return Views.ScanResult.of(checkins.checkByCard(operator, body.cardCode(), body.activityId()));
        }
        if (body.volunteerId() == null) {
            throw new PointsRefused(Reason.INVALID_INPUT, "Give the volunteer's card code or id.");
        }
        return Views.ScanResult.of(
                checkins.checkByHand(operator, new VolunteerId(body.volunteerId()), body.activityId()));
    }
}
