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
import org.happystation.points.ledger.Points;
import org.happystation.points.rewards.Reward;
import org.happystation.points.rewards.RewardDetails;
import org.happystation.points.rewards.RewardService;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/** Rewards and vouchers: the catalogue, redeeming (idempotent by key), accepting and cancelling. */
@Path("points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VouchersResource {

    public record RewardBody(
            long stationId, String title, String description, long price, Integer stock, Integer perPersonLimit) {}

    public record RewardView(
            long id,
            long stationId,
            String title,
            String description,
            long price,
            Integer stock,
            Integer perPersonLimit,
            boolean active) {
        static RewardView of(Reward r) {
            return new RewardView(
                    r.id(),
                    r.station().id(),
                    r.title(),
                    r.description(),
                    r.price().amount(),
                    r.stock(),
                    r.perPersonLimit(),
                    r.active());
        }
    }

    /** {@code volunteerId} may be left out by a volunteer redeeming for themselves. */
    public record Redemption(Long volunteerId, long rewardId, String key) {}

    @Inject
    Operator operator;

    @Inject
    RewardService rewards;

    @Inject
    VolunteerService volunteers;

    @GET
    @Path("rewards")
    public List<RewardView> catalogue(@QueryParam("station") long stationId) {
        return rewards.catalogue(new StationRef(stationId), true).stream()
                .map(RewardView::of)
                .toList();
    }

    @POST
    @Path("rewards")
    public RewardView add(RewardBody body) {
        var details = new RewardDetails(
                body.title(), body.description(), Points.of(body.price()), body.stock(), body.perPersonLimit(), true);
        return RewardView.of(rewards.add(operator, new StationRef(body.stationId()), details));
    }

    @POST
    @Path("vouchers")
    public Views.VoucherView redeem(Redemption body) {
        long volunteer = body.volunteerId() != null
                ? body.volunteerId()
                : operator.volunteer().orElseThrow(() -> new IllegalArgumentException("Say for which volunteer."));
        return Views.VoucherView.of(rewards.redeem(operator, volunteer, body.rewardId(), body.key()));
    }

    @GET
    @Path("vouchers")
    public List<Views.VoucherView> ofVolunteer(@QueryParam("volunteer") long volunteerId) {
        var volunteer = volunteers.get(new VolunteerId(volunteerId));
        operator.requireSelfOrStaffOf(volunteerId, volunteer.station());
        return rewards.ofVolunteer(volunteerId).stream()
                .map(Views.VoucherView::of)
                .toList();
    }

    @POST
    @Path("vouchers/{code}/accept")
    public Views.VoucherView accept(@PathParam("code") String code) {
        return Views.VoucherView.of(rewards.accept(operator, code));
    }

    @POST
    @Path("vouchers/{code}/cancel")
    public Views.VoucherView cancel(@PathParam("code") String code) {
        return Views.VoucherView.of(rewards.cancel(operator, code));
    }
}
