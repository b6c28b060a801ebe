package org.happystation.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.QrSvg;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.rewards.RewardService;
import org.happystation.points.rewards.Voucher;
import org.happystation.points.rewards.VoucherStatus;

/**
 * The volunteer's vouchers. An unused one shows its QR code and its code in large letters for staff to
 * scan or type; it can be cancelled for a refund. {@code /v/vouchers/CODE} shows one.
 */
@Route(value = "v/vouchers", layout = VolunteerLayout.class)
@PageTitle("我的兑换券")
@AnonymousAllowed
public class VouchersView extends VolunteerPage implements HasUrlParameter<String> {

    private final RewardService rewards;
    private String only;

    @Inject
    public VouchersView(VolunteerSessions sessions, RewardService rewards) {
        super(sessions);
        this.rewards = rewards;
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event, @OptionalParameter String code) {
        only = code;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        add(new H1(t("vouchers.title")));
        var vouchers = rewards.ofVolunteer(volunteer.value()).stream()
                .filter(voucher -> only == null || voucher.code().equals(only))
                .toList();
        if (vouchers.isEmpty()) {
            add(new Paragraph(t("vouchers.none")));
        }
        vouchers.forEach(voucher -> add(card(voucher)));
    }

    private Section card(Voucher voucher) {
        var card = new Section();
        card.addClassName("voucher-card");
        card.setId("voucher-" + voucher.code());
        card.add(new H2(rewards.reward(voucher.rewardId()).title()));
        var status = new Paragraph(t("vouchers.status." + voucher.status().name()));
        status.addClassName("voucher-status");
        card.add(status);
        if (voucher.status() == VoucherStatus.ISSUED) {
            var qr = new Image(QrSvg.dataUrl(voucher.code()), t("vouchers.qr.alt", voucher.code()));
            qr.addClassName("voucher-qr");
            var code = new Paragraph(
                    voucher.code().substring(0, 4) + " " + voucher.code().substring(4));
            code.addClassName("voucher-code");
            code.setId("voucher-code");
            var cancel = new Button(t("vouchers.cancel", voucher.price().amount()));
            cancel.setDisableOnClick(true);
            cancel.addClickListener(click -> {
                try {
                    rewards.cancel(Operator.volunteer(volunteer.value()), voucher.code());
                    getUI().ifPresent(ui -> ui.getPage().reload());
                } catch (PointsRefused refused) {
                    card.add(problem(refused));
                }
            });
            card.add(qr, code, new Paragraph(t("vouchers.show-staff")), cancel);
        }
        return card;
    }
}
