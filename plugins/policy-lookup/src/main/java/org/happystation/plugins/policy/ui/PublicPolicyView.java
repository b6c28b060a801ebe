package org.happystation.plugins.policy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.policy.model.Policy;

/** A policy on a phone: the kiosk page's text in phone-sized large type, without kiosk controls. */
public final class PublicPolicyView extends Div {

    public PublicPolicyView(PluginContext context, Policy policy) {
        setId("policy-public-page");
        var page = new PolicyPageContent(context, PolicyPageContent.Medium.PHONE).build(policy);
        page.setId("policy-page");
        add(
                page,
                new Paragraph(context.message("public.footer", context.station().name())));
        getStyle().set("padding", "12px").set("color", "#1a1a1a").set("background", "#ffffff");
    }
}
