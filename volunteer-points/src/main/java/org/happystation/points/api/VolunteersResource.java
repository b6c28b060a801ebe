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
import java.util.List;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.records.RecordService;
import org.happystation.points.volunteers.IdNumber;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerProfile;
import org.happystation.points.volunteers.VolunteerService;

/** Volunteers: registration by staff, approval by a manager, lists; {@code me} for the volunteer's own summary. */
@Path("points/volunteers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    public record Registration(
            long stationId,
            String name,
            String idNumber,
            String phone,
            String area,
            List<String> skills,
            List<String> categories,
            String team,
            String password) {}

    @Inject
    Operator operator;

    @Inject
    VolunteerService volunteers;

    @Inject
    RecordService records;

    @Inject
    Ledger ledger;

    @POST
    public Views.VolunteerView register(Registration body) {
        var profile = new VolunteerProfile(
                body.name(),
                new IdNumber(body.idNumber()),
                body.phone(),
                body.area(),
                body.skills(),
                body.categories(),
                body.team());
        return Views.VolunteerView.of(
                volunteers.register(operator, new StationRef(body.stationId()), profile, body.password()));
    }

    @GET
    public List<Views.VolunteerView> ofStation(@QueryParam("station") long stationId) {
        var station = new StationRef(stationId);
        operator.requireStaffOf(station);
        return volunteers.ofStation(station).stream()
                .map(Views.VolunteerView::of)
                .toList();
    }

    @POST
    @Path("{id}/approve")
    public Views.VolunteerView approve(@PathParam("id") long id) {
        return Views.VolunteerView.of(volunteers.approve(operator, new VolunteerId(id)));
    }

    @GET
    @Path("{id}/summary")
    public Views.Summary summary(@PathParam("id") long id) {
        var volunteer = volunteers.get(new VolunteerId(id));
        operator.requireSelfOrStaffOf(id, volunteer.station());
        return Views.Summary.of(
                volunteer,
                records.recordedMinutes(id),
                ledger.balance(Account.walletOfVolunteer(id)).amount());
    }
}
