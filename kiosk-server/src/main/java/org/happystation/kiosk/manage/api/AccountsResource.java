package org.happystation.kiosk.manage.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.happystation.kiosk.accounts.Account;
import org.happystation.kiosk.accounts.AccountService;
import org.happystation.kiosk.security.Role;
import org.happystation.kiosk.stations.StationId;

/** Console accounts and their roles. Passwords go in and never come out. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountService accounts;

    @Inject
    ApiCaller caller;

    public record AccountJson(String username, String displayName, String role, Long stationId, boolean enabled) {
        static AccountJson of(Account a) {
            return new AccountJson(
                    a.username(),
                    a.displayName(),
                    a.role().name(),
                    a.station().map(StationId::value).orElse(null),
                    a.enabled());
        }
    }

    public record NewAccountJson(String username, String displayName, String password, String role, Long stationId) {}

    public record RoleJson(String role, Long stationId) {}

    public record PasswordJson(String password) {}

    public record EnabledJson(boolean enabled) {}

    @GET
    public List<AccountJson> list() {
        return accounts.accounts(caller.actor()).stream().map(AccountJson::of).toList();
    }

    @POST
    public Response create(NewAccountJson json) {
        if (json == null) {
            throw new IllegalArgumentException("An account's user name, name, password and role are required.");
        }
        var account = accounts.create(
                caller.actor(),
                new AccountService.NewAccount(
                        json.username(),
                        json.displayName(),
                        json.password(),
                        role(json.role()),
                        station(json.stationId())));
        return Response.created(URI.create("/api/accounts/" + account.username()))
                .entity(AccountJson.of(account))
                .build();
    }

    @PUT
    @Path("{username}/role")
    public Response assignRole(@PathParam("username") String username, RoleJson json) {
        accounts.assignRole(
                caller.actor(),
                username,
                role(json == null ? null : json.role()),
                station(json == null ? null : json.stationId()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username, PasswordJson json) {
        accounts.resetPassword(caller.actor(), username, json == null ? null : json.password());
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/enabled")
    public Response setEnabled(@PathParam("username") String username, EnabledJson json) {
        accounts.setEnabled(caller.actor(), username, json != null && json.enabled());
        return Response.noContent().build();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("The role is one of STAFF, VOLUNTEER, STATION_MANAGER, CITY_ADMIN.");
        }
    }

    private static StationId station(Long id) {
        return id == null ? null : new StationId(id);
    }
}
