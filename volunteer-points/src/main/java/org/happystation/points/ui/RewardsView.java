package org.happystation.points.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Collectors;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.host.StationDirectory;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.rewards.Reward;
import org.happystation.points.rewards.RewardService;

/**
 * Rewards of every station (points are valid citywide). Redeeming asks once more before it pays, and each
 * offer carries its own redemption key, so a double click gives one voucher.
 */
@Route(value = "v/rewards", layout = VolunteerLayout.class)
@PageTitle("兑换奖励")
@AnonymousAllowed
public class RewardsView extends VolunteerPage {

    private final RewardService rewards;
    private final Ledger ledger;
    private final StationDirectory stations;

    @Inject
    public RewardsView(VolunteerSessions sessions, RewardService rewards, Ledger ledger, StationDirectory stations) {
        super(sessions);
        this.rewards = rewards;
        this.ledger = ledger;
        this.stations = stations;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        long balance =
                ledger.balance(Account.walletOfVolunteer(volunteer.value())).amount();
        add(new H1(t("rewards.title")), new Paragraph(t("points.balance", balance)));
        var byStation = rewards.allActive().stream()
                .collect(Collectors.groupingBy(Reward::station, java.util.LinkedHashMap::new, Collectors.toList()));
        if (byStation.isEmpty()) {
            add(new Paragraph(t("rewards.none")));
        }
        byStation.forEach((station, offers) -> {
            add(new H2(stations.nameOf(station).orElse("")));
            offers.forEach(reward -> add(offer(reward, balance)));
        });
    }

    private Section offer(Reward reward, long balance) {
        var offer = new Section();
        offer.addClassName("reward-offer");
        offer.setId("reward-" + reward.id());
        offer.add(new H3(reward.title()), new Paragraph(reward.description()));
        var price = new Paragraph(t("rewards.price", reward.price().amount())
                + (reward.stock() == null ? "" : " · " + t("rewards.stock", reward.stock()))
                + (reward.perPersonLimit() == null ? "" : " · " + t("rewards.limit", reward.perPersonLimit())));
        offer.add(price);
        if (balance < reward.price().amount()) {
            offer.add(new Paragraph(t("rewards.not-enough", reward.price().amount() - balance)));
            return offer;
        }
        String key = "v" + volunteer.value() + "-" + UUID.randomUUID();
        var redeem = new Button(t("rewards.redeem"));
        redeem.addClassName("reward-redeem");
        var confirm = new Button(t("rewards.confirm", reward.price().amount()));
        confirm.addClassName("reward-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.setDisableOnClick(true);
        redeem.addClickListener(click -> {
            redeem.setVisible(false);
            confirm.setVisible(true);
        });
        confirm.addClickListener(click -> {
            try {
                var voucher =
                        rewards.redeem(Operator.volunteer(volunteer.value()), volunteer.value(), reward.id(), key);
                UI.getCurrent().navigate("v/vouchers/" + voucher.code());
            } catch (PointsRefused refused) {
                offer.add(problem(refused));
            }
        });
        offer.add(redeem, confirm);
        return offer;
    }
}
