package org.happystation.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.happystation.points.base.Operator;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.InvariantReport;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.LedgerCheck;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/** A volunteer's wallet, and the ledger's invariant check. */
@Path("points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletsResource {

    public record WalletView(long volunteerId, long balance, List<Views.StatementLineView> statement) {}

    public record CheckView(boolean ok, InvariantReport report) {}

    @Inject
    Operator operator;

    @Inject
    VolunteerService volunteers;

    @Inject
    Ledger ledger;

    @Inject
    LedgerCheck check;

    @GET
    @Path("wallets/{volunteerId}")
    public WalletView wallet(@PathParam("volunteerId") long volunteerId) {
        var volunteer = volunteers.get(new VolunteerId(volunteerId));
        operator.requireSelfOrStaffOf(volunteerId, volunteer.station());
        var wallet = Account.walletOfVolunteer(volunteerId);
        return new WalletView(
                volunteerId,
                ledger.balance(wallet).amount(),
                ledger.statement(wallet, 200).stream()
                        .map(Views.StatementLineView::of)
                        .toList());
    }

    /** Proves the ledger's invariants on the live data: entries sum to zero, balances match, none negative. */
    @GET
    @Path("ledger/check")
    public CheckView check() {
        if (operator.role() == Operator.Role.VOLUNTEER) {
            throw new org.happystation.points.base.PointsRefused(
                    org.happystation.points.base.PointsRefused.Reason.NOT_PERMITTED, "The ledger check is for staff.");
        }
        var report = check.run();
        return new CheckView(report.ok(), report);
    }
}
