package org.happystation.points.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.volunteers.VolunteerId;

/**
 * A page for a signed-in volunteer: anyone else is sent to sign in and brought back to the same page,
 * with its query (a scanned code) intact.
 */
abstract class VolunteerPage extends Div implements BeforeEnterObserver {

    protected final VolunteerSessions sessions;
    protected VolunteerId volunteer;

    VolunteerPage(VolunteerSessions sessions) {
        this.sessions = sessions;
        addClassName("volunteer-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        var current = sessions.current();
        if (current.isEmpty()) {
            String back = "/" + event.getLocation().getPathWithQueryParameters();
            event.forwardTo("v/sign-in", new QueryParameters(Map.of("to", List.of(back))));
            return;
        }
        volunteer = current.get();
        removeAll();
        show(event);
    }

    /** Builds the page for {@link #volunteer}. */
    protected abstract void show(BeforeEnterEvent event);

    protected String t(String key, Object... args) {
        return Texts.get(getLocale(), key, args);
    }

    /** A refusal as a full sentence in an alert box that screen readers announce. */
    protected Paragraph problem(PointsRefused refused) {
        return message(Texts.refusal(getLocale(), refused), "problem");
    }

    protected Paragraph message(String text, String kind) {
        var message = new Paragraph(text);
        message.addClassName("volunteer-message");
        message.addClassName(kind);
        message.getElement().setAttribute("role", "problem".equals(kind) ? "alert" : "status");
        return message;
    }
}
