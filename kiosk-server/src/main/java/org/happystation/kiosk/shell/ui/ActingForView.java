package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.shell.KioskSession;

/**
 * "For my family": a signed-in resident chooses whom they act for, themselves or a linked relative such as
 * their mother. From then on every service serves the relative, booked by the resident on their behalf,
 * until they choose themselves again, sign out, or the kiosk resets.
 */
@Route(value = "for-family", layout = KioskLayout.class)
@PageTitle("为家人办理")
@AnonymousAllowed
public class ActingForView extends Div implements BeforeEnterObserver {

    private final ResidentService residents;

    @Inject
    public ActingForView(ResidentService residents) {
        this.residents = residents;
        addClassName("acting-for-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var session = KioskSession.current();
        var signedIn = session.flatMap(KioskSession::resident);
        if (signedIn.isEmpty()) {
            event.forwardTo(HomeView.class);
            return;
        }
        add(new H1(getTranslation("acting-for.title")), new Paragraph(getTranslation("acting-for.instruction")));
        var choices = new Div();
        choices.addClassName("acting-for-choices");
        var self = new Button(getTranslation("acting-for.self", signedIn.get().name()), click -> {
            session.get().actFor(null);
            goHome();
        });
        self.setId("act-for-self");
        choices.add(self);
        for (var relative : residents.relatives(signedIn.get().id())) {
            var choice = new Button(
                    getTranslation("acting-for.relative", relative.name(), relative.relation()), click -> residents
                            .actFor(session.get().kiosk(), signedIn.get().id(), relative.id())
                            .ifPresent(chosen -> {
                                session.get()
                                        .actFor(new KioskSession.ActingFor(
                                                chosen.id(), chosen.name(), chosen.relation()));
                                goHome();
                            }));
            choice.setId("act-for-" + relative.id().value());
            choice.addClassName("primary-action");
            choices.add(choice);
        }
        var back = new Button(getTranslation("kiosk.back"), click -> goHome());
        back.setId("back-home");
        back.addClassName("secondary-action");
        add(choices, back);
    }

    private static void goHome() {
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().refreshCurrentRoute(true);
    }
}
