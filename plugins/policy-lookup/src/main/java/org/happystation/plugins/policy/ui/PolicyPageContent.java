package org.happystation.plugins.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.policy.model.Policy;

/** The text of a policy page, the same at the kiosk, on the phone and on paper; only the type size differs. */
final class PolicyPageContent {

    /** Where the page is read. */
    enum Medium {
        KIOSK("28px", "34px"),
        PHONE("22px", "26px"),
        PRINT("16px", "20px");

        final String body;
        final String heading;

        Medium(String body, String heading) {
            this.body = body;
            this.heading = heading;
        }
    }

    private final PluginContext context;
    private final Medium medium;

    PolicyPageContent(PluginContext context, Medium medium) {
        this.context = context;
        this.medium = medium;
    }

    Div build(Policy policy) {
        var page = new Div();
        page.getStyle().set("font-size", medium.body).set("line-height", "1.5");
        var title = new H1(policy.title());
        title.getStyle().set("font-size", "calc(" + medium.heading + " * 1.2)");
        page.add(
                title,
                plain(msg("page.category", msg("category." + policy.category().code()))));
        section(page, "page.summary", plain(policy.summary()));
        section(page, "page.qualification", plain(policy.qualification()));
        section(page, "page.steps", steps(policy.steps()));
        section(page, "page.materials", materials(policy.materials()));
        section(page, "page.place", plain(policy.place()));
        section(page, "page.hours", plain(policy.hours()));
        section(page, "page.fees", plain(policy.fees()));
        section(page, "page.processing", plain(policy.processingTime()));
        section(page, "page.contact", plain(policy.contact()));
        section(page, "page.dates", plain(dates(policy)));
        section(page, "page.source", plain(policy.source()));
        return page;
    }

    private void section(Div page, String headingKey, Component body) {
        var heading = new H2(msg(headingKey));
        heading.getStyle().set("font-size", medium.heading).set("margin", "1em 0 0.3em");
        page.add(heading, body);
    }

    private Paragraph plain(String text) {
        var paragraph = new Paragraph(text.isBlank() ? msg("page.none") : text);
        paragraph.getStyle().set("white-space", "pre-line").set("margin", "0");
        return paragraph;
    }

    private Component steps(List<String> steps) {
        var list = new OrderedList();
        steps.forEach(step -> list.add(item(step)));
        return list;
    }

    private Component materials(List<String> materials) {
        if (materials.isEmpty()) {
            return plain("");
        }
        var list = new UnorderedList();
        materials.forEach(material -> list.add(item(material)));
        return list;
    }

    private static ListItem item(String text) {
        var item = new ListItem(text);
        item.getStyle().set("margin-bottom", "0.4em");
        return item;
    }

    private String dates(Policy policy) {
        String from = policy.effectiveFrom() == null
                ? ""
                : msg("page.from", policy.effectiveFrom().toString());
        String until = policy.expiresOn() == null
                ? msg("page.open-ended")
                : msg("page.until", policy.expiresOn().toString());
        return from.isEmpty() ? until : from + "；" + until;
    }

    private String msg(String key, Object... arguments) {
        return context.message(key, arguments);
    }
}
