package org.happystation.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.records.RecordService;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/** The hours record: a volunteer's own records, a station's records to review, approvals and corrections. */
@Path("points/records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordsResource {

    public record Approval(Integer minutes) {}

    public record Decline(String reason) {}

    public record Bulk(List<Long> ids) {}

    public record BulkResult(int approved, int asked) {}

    public record CorrectionRequest(String request) {}

    public record Correction(int minutes) {}

    @Inject
    Operator operator;

    @Inject
    RecordService records;

    @Inject
    VolunteerService volunteers;

    @Inject
    Clock clock;

    @GET
    public List<Views.RecordView> list(
            @QueryParam("volunteer") Long volunteerId, @QueryParam("station") Long stationId) {
        LocalDate today = Schedule.dayOf(clock.instant());
        if (volunteerId != null) {
            var volunteer = volunteers.get(new VolunteerId(volunteerId));
            operator.requireSelfOrStaffOf(volunteerId, volunteer.station());
            return records.ofVolunteer(volunteerId).stream()
                    .map(r -> Views.RecordView.of(r, today))
                    .toList();
        }
        if (stationId == null) {
            throw new IllegalArgumentException("Ask for ?volunteer= or ?station=.");
        }
        var station = new StationRef(stationId);
        operator.requireManagerOf(station);
        return records.toReview(station).stream()
                .map(r -> Views.RecordView.of(r, today))
                .toList();
    }

    @POST
    @Path("{id}/approve")
    public RecordService.Approved approve(@PathParam("id") long id, Approval body) {
        return records.approve(operator, id, body == null ? null : body.minutes());
    }

    @POST
    @Path("approve")
    public BulkResult approveAll(Bulk body) {
        return new BulkResult(
                records.approveAll(operator, body.ids()), body.ids().size());
    }

    @POST
    @Path("{id}/decline")
    public Views.RecordView decline(@PathParam("id") long id, Decline body) {
        return Views.RecordView.of(records.decline(operator, id, body.reason()), Schedule.dayOf(clock.instant()));
    }

    @POST
    @Path("{id}/correction-request")
    public Views.RecordView askForCorrection(@PathParam("id") long id, CorrectionRequest body) {
        return Views.RecordView.of(
                records.askForCorrection(operator, id, body.request()), Schedule.dayOf(clock.instant()));
    }

    @POST
    @Path("{id}/correct")
    public Views.RecordView correct(@PathParam("id") long id, Correction body) {
        return Views.RecordView.of(records.correct(operator, id, body.minutes()), Schedule.dayOf(clock.instant()));
    }
}
