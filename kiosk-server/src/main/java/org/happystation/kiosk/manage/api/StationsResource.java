package org.happystation.kiosk.manage.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.happystation.kiosk.stations.Kiosk;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationId;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.stations.StationService.StationDetails;

/** Stations, their kiosks and their tile order. */
@Path("stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationsResource {

    @Inject
    StationService stations;

    @Inject
    ApiCaller caller;

    public record StationJson(
            long id,
            String code,
            String name,
            String community,
            String address,
            String openingHours,
            String phone,
            boolean retired) {
        static StationJson of(Station s) {
            return new StationJson(
                    s.id().value(),
                    s.code(),
                    s.name(),
                    s.community(),
                    s.address(),
                    s.openingHours(),
                    s.phone(),
                    s.retired());
        }
    }

    public record NewStationJson(
            String code, String name, String community, String address, String openingHours, String phone) {}

    public record KioskJson(
            long id, long stationId, String name, String status, Instant registeredAt, Instant lastSeenAt) {
        static KioskJson of(Kiosk k) {
            return new KioskJson(
                    k.id().value(), k.station().value(), k.name(), k.status().name(), k.registeredAt(), k.lastSeenAt());
        }
    }

    /** A kiosk with the one-time code to type on it; the code is shown only in this answer. */
    public record KioskCodeJson(KioskJson kiosk, String oneTimeCode) {}

    public record NameJson(String name) {}

    @GET
    public List<StationJson> list() {
        return stations.stations(caller.actor()).stream().map(StationJson::of).toList();
    }

    @GET
    @Path("{id}")
    public StationJson get(@PathParam("id") long id) {
        var station = stations.station(new StationId(id)).orElseThrow(NotFoundException::new);
        if (!caller.actor().canManage(station.id())
                && !caller.actor().station().map(station.id()::equals).orElse(false)) {
            throw new NotFoundException();
        }
        return StationJson.of(station);
    }

    @POST
    public Response create(NewStationJson json) {
        var station = stations.createStation(caller.actor(), json.code(), details(json));
        return Response.created(URI.create("/api/stations/" + station.id().value()))
                .entity(StationJson.of(station))
                .build();
    }

    @PUT
    @Path("{id}")
    public StationJson describe(@PathParam("id") long id, NewStationJson json) {
        return StationJson.of(stations.describeStation(caller.actor(), new StationId(id), details(json)));
    }

    @DELETE
    @Path("{id}")
    public Response retire(@PathParam("id") long id) {
        stations.retireStation(caller.actor(), new StationId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/kiosks")
    public List<KioskJson> kiosks(@PathParam("id") long id) {
        caller.actor().requireCanManage(new StationId(id));
        return stations.kiosks(new StationId(id)).stream().map(KioskJson::of).toList();
    }

    @POST
    @Path("{id}/kiosks")
    public Response createKiosk(@PathParam("id") long id, NameJson json) {
        var created = stations.createKiosk(caller.actor(), new StationId(id), json == null ? null : json.name());
        return Response.created(URI.create("/api/kiosks/" + created.kiosk().id().value()))
                .entity(new KioskCodeJson(KioskJson.of(created.kiosk()), created.oneTimeCode()))
                .build();
    }

    @GET
    @Path("{id}/tile-order")
    public List<String> tileOrder(@PathParam("id") long id) {
        caller.actor().requireCanManage(new StationId(id));
        return stations.tileOrder(new StationId(id));
    }

    @PUT
    @Path("{id}/tile-order")
    public List<String> orderTiles(@PathParam("id") long id, List<String> tileIds) {
        stations.orderTiles(caller.actor(), new StationId(id), tileIds == null ? List.of() : tileIds);
        return stations.tileOrder(new StationId(id));
    }

    private static StationDetails details(NewStationJson json) {
        if (json == null) {
            throw new IllegalArgumentException("A station's details are required.");
        }
        return new StationDetails(json.name(), json.community(), json.address(), json.openingHours(), json.phone());
    }
}
