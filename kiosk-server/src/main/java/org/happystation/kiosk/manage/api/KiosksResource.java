package org.happystation.kiosk.manage.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.happystation.kiosk.manage.api.StationsResource.KioskCodeJson;
import org.happystation.kiosk.manage.api.StationsResource.KioskJson;
import org.happystation.kiosk.manage.api.StationsResource.NameJson;
import org.happystation.kiosk.stations.KioskId;
import org.happystation.kiosk.stations.StationService;

/** A kiosk by its id: rename it, give it a new one-time code, retire it. */
@Path("kiosks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KiosksResource {

    @Inject
    StationService stations;

    @Inject
    ApiCaller caller;

    @PUT
    @Path("name")
    public Response rename(@PathParam("id") long id, NameJson json) {
        stations.renameKiosk(caller.actor(), new KioskId(id), json == null ? null : json.name());
        return Response.noContent().build();
    }

    @POST
    @Path("registration-code")
    public KioskCodeJson renewCode(@PathParam("id") long id) {
        var renewed = stations.renewRegistrationCode(caller.actor(), new KioskId(id));
        return new KioskCodeJson(KioskJson.of(renewed.kiosk()), renewed.oneTimeCode());
    }

    @DELETE
    public Response retire(@PathParam("id") long id) {
        stations.retireKiosk(caller.actor(), new KioskId(id));
        return Response.noContent().build();
    }
}
