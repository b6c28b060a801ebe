package org.happystation.points.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Locale;
import org.happystation.points.host.VolunteerSessions;

/**
 * The frame of the volunteer's phone pages: title, language switch and sign-out at the top, the page,
 * then a bottom row of large links to the other pages.
 */
@AnonymousAllowed
public class VolunteerLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final VolunteerSessions sessions;
    private final Header header = new Header();
    private final Main content = new Main();
    private final Nav nav = new Nav();

    @Inject
    public VolunteerLayout(VolunteerSessions sessions) {
        this.sessions = sessions;
        addClassName("volunteer-app");
        content.addClassName("volunteer-content");
        nav.addClassName("volunteer-nav");
        add(header, content, nav);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        Locale locale = getLocale();
        header.removeAll();
        var title = new Span(Texts.get(locale, "app.title"));
        title.addClassName("volunteer-app-title");
        boolean english = "en".equals(locale.getLanguage());
        var language = new Button(
                english ? "中文" : "English", click -> switchLanguage(english ? Locale.CHINESE : Locale.ENGLISH));
        language.setId("volunteer-language");
        header.add(title, language);
        nav.removeAll();
        if (sessions.current().isPresent()) {
            var signOut = new Button(Texts.get(locale, "app.sign-out"), click -> {
                sessions.signOut();
                UI.getCurrent().getPage().setLocation("/v/sign-in");
            });
            signOut.setId("volunteer-sign-out");
            header.add(signOut);
            nav.add(
                    link("/v", "nav.home"),
                    link("/v/records", "nav.records"),
                    link("/v/points", "nav.points"),
                    link("/v/rewards", "nav.rewards"),
                    link("/v/vouchers", "nav.vouchers"));
        }
    }

    private Anchor link(String href, String key) {
        var link = new Anchor(href, Texts.get(getLocale(), key));
        link.setId("nav-" + key.substring(4));
        return link;
    }

    private void switchLanguage(Locale locale) {
        var ui = UI.getCurrent();
        ui.getSession().setAttribute(Locale.class, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }
}
