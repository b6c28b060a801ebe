package org.happystation.kiosk.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.security.Actor;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.volunteers.VolunteerId;

/** Tells the volunteer module who is asking: a signed-in volunteer, or a console account as its role allows. */
@ApplicationScoped
public class Operators {

    /** Someone who is not signed in: every permission check refuses them. */
    static final Operator NOBODY =
            new Operator("anonymous", Operator.Role.VOLUNTEER, Optional.empty(), Optional.empty());

    @Inject
    CurrentActor actors;

    @Inject
    SecurityContext securityContext;

    public static Operator of(Actor actor) {
        var role =
                switch (actor.role()) {
                    case CITY_ADMIN -> Operator.Role.CITY_ADMIN;
                    case STATION_MANAGER -> Operator.Role.STATION_MANAGER;
                    case STAFF -> Operator.Role.STAFF;
                    case VOLUNTEER, RESIDENT -> Operator.Role.VOLUNTEER;
                };
        return new Operator(
                actor.username(), role, actor.station().map(s -> new StationRef(s.value())), Optional.empty());
    }

    public Optional<Operator> of(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        var volunteer = VolunteerId.fromPrincipal(principal.getName());
        if (volunteer.isPresent()) {
            return Optional.of(Operator.volunteer(volunteer.get().value()));
        }
        return actors.of(principal).map(Operators::of);
    }

    /**
     * For the module's request-scoped REST resources: whoever this request authenticated as. Dependent, not
     * request-scoped, because an {@link Operator} is a record, which CDI cannot proxy.
     */
    @Produces
    Operator current() {
        return of(securityContext.getCallerPrincipal()).orElse(NOBODY);
    }
}
