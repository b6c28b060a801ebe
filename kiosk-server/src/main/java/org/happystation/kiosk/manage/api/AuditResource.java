package org.happystation.kiosk.manage.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.happystation.kiosk.audit.AuditLog;

/** The audit log, newest first, for city administrators. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    ApiCaller caller;

    public record AuditJson(Instant at, String actor, Long stationId, String action, String subject, String details) {}

    @GET
    public List<AuditJson> latest(@QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.latest(caller.actor(), Math.min(Math.max(limit, 1), 1000)).stream()
                .map(e -> new AuditJson(e.at(), e.actor(), e.stationId(), e.action(), e.subject(), e.details()))
                .toList();
    }
}
