package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.manage.CurrentActor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.Operators;
import org.happystation.points.base.Operator;
import org.happystation.points.base.StationRef;
import org.happystation.points.ledger.Points;
import org.happystation.points.rewards.Reward;
import org.happystation.points.rewards.RewardDetails;
import org.happystation.points.rewards.RewardService;
import org.happystation.points.rewards.Voucher;

/**
 * The counter's voucher desk and the station's reward catalogue. Staff accept a voucher by typing its code,
 * with a scanner, or from a photo of its QR code; a voucher is accepted once. Managers keep the catalogue.
 */
@Route(value = "manage/rewards", layout = ConsoleLayout.class)
@PageTitle("兑换与奖励 Rewards")
@RolesAllowed({"STAFF", "STATION_MANAGER", "CITY_ADMIN"})
public class RewardsView extends Div {

    private final RewardService rewards;
    private final Operator operator;
    private final Grid<Reward> catalogue = new Grid<>();
    private final Grid<Voucher> vouchers = new Grid<>();
    private final Feedback feedback = new Feedback();
    private StationRef station;

    @Inject
    public RewardsView(CurrentActor currentActor, StationService stations, RewardService rewards) {
        this.rewards = rewards;
        var actor = SignedIn.actor(currentActor);
        this.operator = Operators.of(actor);
        addClassName("console-view");
        add(new H2(getTranslation("console.nav.rewards")), feedback);
        add(new StationPicker(getTranslation("console.station"), stations.stations(actor), chosen -> {
            station = new StationRef(chosen.id().value());
            refresh();
        }));
        add(new H3(getTranslation("voucher.accept.title")));
        add(new CodeReader(
                "voucher", getTranslation("voucher.code"), getTranslation("voucher.accept"), feedback, this::accept));
        add(configureVouchers(), new H3(getTranslation("reward.catalogue")), configureCatalogue(), rewardForm());
    }

    private void accept(String code) {
        Voucher[] accepted = new Voucher[1];
        if (feedback.attempt(() -> accepted[0] = rewards.accept(operator, code), "")) {
            feedback.done(getTranslation(
                    "voucher.accepted",
                    accepted[0].code(),
                    rewards.reward(accepted[0].rewardId()).title()));
        }
        refresh();
    }

    private Div configureVouchers() {
        vouchers.setId("voucher-grid");
        vouchers.addColumn(Voucher::code).setHeader(getTranslation("voucher.code"));
        vouchers.addColumn(v -> rewards.reward(v.rewardId()).title())
                .setHeader(getTranslation("reward.title"))
                .setAutoWidth(true);
        vouchers.addColumn(v -> getTranslation("voucher.status." + v.status().name()))
                .setHeader(getTranslation("volunteer.status"));
        vouchers.addColumn(v -> v.issuedAt().toString().substring(0, 16).replace('T', ' '))
                .setHeader(getTranslation("voucher.issued"));
        vouchers.setAllRowsVisible(true);
        var cancel = new Button(getTranslation("voucher.cancel"), click -> {
            var selected = vouchers.asSingleSelect().getValue();
            if (selected == null) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            feedback.attempt(() -> rewards.cancel(operator, selected.code()), getTranslation("voucher.cancelled"));
            refresh();
        });
        cancel.setId("voucher-cancel");
        return new Div(vouchers, cancel);
    }

    private Grid<Reward> configureCatalogue() {
        catalogue.setId("reward-grid");
        catalogue
                .addColumn(Reward::title)
                .setHeader(getTranslation("reward.title"))
                .setAutoWidth(true);
        catalogue.addColumn(r -> r.price().amount()).setHeader(getTranslation("reward.price"));
        catalogue
                .addColumn(r -> r.stock() == null ? "∞" : r.stock().toString())
                .setHeader(getTranslation("reward.stock"));
        catalogue
                .addColumn(r ->
                        r.perPersonLimit() == null ? "—" : r.perPersonLimit().toString())
                .setHeader(getTranslation("reward.limit"));
        catalogue
                .addColumn(r -> r.active() ? "✓" : getTranslation("reward.withdrawn"))
                .setHeader(getTranslation("reward.offered"));
        catalogue.setAllRowsVisible(true);
        return catalogue;
    }

    private Div rewardForm() {
        var title = new TextField(getTranslation("reward.title"));
        title.setId("reward-title");
        var description = new TextField(getTranslation("reward.description"));
        var price = new IntegerField(getTranslation("reward.price"));
        price.setId("reward-price");
        var stock = new IntegerField(getTranslation("reward.stock"));
        stock.setHelperText(getTranslation("reward.stock.help"));
        var limit = new IntegerField(getTranslation("reward.limit"));
        limit.setHelperText(getTranslation("reward.limit.help"));
        var add = new Button(getTranslation("reward.add"), click -> {
            if (station == null) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            feedback.attempt(
                    () -> rewards.add(
                            operator,
                            station,
                            new RewardDetails(
                                    title.getValue(),
                                    description.getValue(),
                                    Points.of(price.getValue() == null ? 0 : price.getValue()),
                                    stock.getValue(),
                                    limit.getValue(),
                                    true)),
                    getTranslation("console.saved"));
            refresh();
        });
        var withdraw = new Button(getTranslation("reward.withdraw"), click -> {
            var selected = catalogue.asSingleSelect().getValue();
            if (selected == null) {
                feedback.failed(getTranslation("console.select-first"));
                return;
            }
            var d = selected.details();
            feedback.attempt(
                    () -> rewards.change(
                            operator,
                            selected.id(),
                            new RewardDetails(
                                    d.title(), d.description(), d.price(), d.stock(), d.perPersonLimit(), !d.active())),
                    getTranslation("console.saved"));
            refresh();
        });
        var box = new Div(title, description, price, stock, limit, add, withdraw);
        box.addClassName("console-toolbar");
        return box;
    }

    private void refresh() {
        if (station == null) {
            return;
        }
        catalogue.setItems(rewards.catalogue(station, false));
        vouchers.setItems(rewards.ofStation(station, 50));
    }
}
