package org.happystation.kiosk.manage.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.happystation.kiosk.plugins.PluginHost;
import org.happystation.kiosk.plugins.PluginRefusedException;
import org.happystation.kiosk.plugins.PluginStatus;

/** The server's service plugins: list, upload (install or update), start, stop, roll back, uninstall. */
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

    @Inject
    PluginHost host;

    @Inject
    ApiCaller caller;

    @GET
    public List<PluginStatus> list() {
        caller.actor();
        return host.statuses();
    }

    @GET
    @Path("{id}")
    public PluginStatus get(@PathParam("id") String id) {
        caller.actor();
        return host.status(id).orElseThrow(NotFoundException::new);
    }

    /** The body is the plugin jar itself ({@code curl --data-binary @plugin.jar}). */
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/java-archive"})
    public Response upload(InputStream jar) {
        var status = host.install(caller.actor(), jar);
        return Response.created(URI.create("/api/plugins/" + status.id()))
                .entity(status)
                .build();
    }

    @POST
    @Path("{id}/start")
    public PluginStatus start(@PathParam("id") String id) {
        return host.start(caller.actor(), id);
    }

    @POST
    @Path("{id}/stop")
    public PluginStatus stop(@PathParam("id") String id) {
        return host.stop(caller.actor(), id);
    }

    @POST
    @Path("{id}/rollback")
    public PluginStatus rollback(@PathParam("id") String id) {
        return host.rollback(caller.actor(), id);
    }

    /** With {@code ?purge=true} also deletes everything the plugin stored, at every station. */
    @DELETE
    @Path("{id}")
    public Response uninstall(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("purge") boolean purge) {
        host.uninstall(caller.actor(), id, purge);
        return Response.noContent().build();
    }

    /** A refused jar is a 422 that names the reason and what was wrong; nothing was installed. */
    @Provider
    public static class Refused implements ExceptionMapper<PluginRefusedException> {

        public record RefusalJson(String error, String reason, String detail) {}

        @Override
        public Response toResponse(PluginRefusedException e) {
            return Response.status(422)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new RefusalJson(
                            "The plugin was refused: " + e.reason(), e.reason().name(), e.detail()))
                    .build();
        }
    }
}
