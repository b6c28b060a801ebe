package org.happystation.kiosk.manage.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.happystation.kiosk.residents.Pin;
import org.happystation.kiosk.residents.Resident;
import org.happystation.kiosk.residents.ResidentId;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.residents.ResidentService.ResidentDetails;
import org.happystation.kiosk.stations.StationId;

/** Residents of a station. Phone numbers go in whole and come out masked. */
@Path("residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentsResource {

    @Inject
    ResidentService residents;

    @Inject
    ApiCaller caller;

    public record ResidentJson(
            long id,
            long stationId,
            String name,
            String phone,
            int birthYear,
            boolean hasPin,
            List<RelativeJson> relatives) {}

    public record RelativeJson(long id, String name, String relation) {}

    public record ResidentInputJson(Long stationId, String name, String phone, Integer birthYear) {
        ResidentDetails details() {
            return new ResidentDetails(name, phone, birthYear);
        }
    }

    public record PinJson(String pin) {}

    public record RelationJson(long relativeId, String relation) {}

    @GET
    public List<ResidentJson> list(@QueryParam("station") long station) {
        return residents.residents(caller.actor(), new StationId(station)).stream()
                .map(this::json)
                .toList();
    }

    @POST
    public Response register(ResidentInputJson input) {
        if (requireBody(input).stationId() == null) {
            throw new IllegalArgumentException("Say which station the resident belongs to (stationId).");
        }
        var resident = residents.register(caller.actor(), new StationId(input.stationId()), input.details());
        return Response.created(URI.create("/api/residents/" + resident.id().value()))
                .entity(json(resident))
                .build();
    }

    @PUT
    @Path("{id}")
    public ResidentJson update(@PathParam("id") long id, ResidentInputJson input) {
        return json(residents.update(
                caller.actor(), new ResidentId(id), requireBody(input).details()));
    }

    @PUT
    @Path("{id}/pin")
    public Response setPin(@PathParam("id") long id, PinJson pin) {
        residents.setPin(caller.actor(), new ResidentId(id), new Pin(pin == null ? null : pin.pin()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/relatives")
    public ResidentJson linkRelative(@PathParam("id") long id, RelationJson link) {
        if (link == null) {
            throw new IllegalArgumentException("Say which resident is the relative, and how they are related.");
        }
        residents.linkRelative(caller.actor(), new ResidentId(id), new ResidentId(link.relativeId()), link.relation());
        return json(residents.resident(new ResidentId(id)).orElseThrow());
    }

    @DELETE
    @Path("{id}/relatives/{relative}")
    public Response unlinkRelative(@PathParam("id") long id, @PathParam("relative") long relative) {
        residents.unlinkRelative(caller.actor(), new ResidentId(id), new ResidentId(relative));
        return Response.noContent().build();
    }

    private ResidentJson json(Resident r) {
        var relatives = residents.relatives(r.id()).stream()
                .map(rel -> new RelativeJson(rel.id().value(), rel.name(), rel.relation()))
                .toList();
        return new ResidentJson(
                r.id().value(), r.station().value(), r.name(), r.maskedPhone(), r.birthYear(), r.hasPin(), relatives);
    }

    private static ResidentInputJson requireBody(ResidentInputJson input) {
        if (input == null) {
            throw new IllegalArgumentException("A resident's name, phone and birth year are required.");
        }
        return input;
    }
}
