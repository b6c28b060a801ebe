package org.happystation.kiosk.manage.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.happystation.kiosk.accounts.ApiTokens;

/**
 * API tokens of the calling account: make one (shown once), list, revoke. Scripts then send
 * {@code Authorization: Bearer hst_…} instead of a password on every call.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    public record NewToken(String label) {}

    public record TokenView(long id, String label, String createdAt, String lastUsedAt, boolean revoked) {}

    @Inject
    ApiTokens tokens;

    @Inject
    ApiCaller caller;

    @POST
    public ApiTokens.Issued issue(NewToken body) {
        return tokens.issue(caller.actor(), body == null ? null : body.label());
    }

    @GET
    public List<TokenView> list() {
        return tokens.of(caller.actor()).stream()
                .map(t -> new TokenView(
                        t.id(),
                        t.label(),
                        t.createdAt().toString(),
                        t.lastUsedAt() == null ? null : t.lastUsedAt().toString(),
                        t.revoked()))
                .toList();
    }

    @DELETE
    @Path("{id}")
    public void revoke(@PathParam("id") long id) {
        tokens.revoke(caller.actor(), id);
    }
}
