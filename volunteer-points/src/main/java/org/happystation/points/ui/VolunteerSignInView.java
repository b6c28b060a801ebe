package org.happystation.points.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.points.host.VolunteerSessions;

/** Mobile number and password, with "remember this phone" ticked by default: volunteers scan often. */
@Route(value = "v/sign-in", layout = VolunteerLayout.class)
@PageTitle("志愿者登录")
@AnonymousAllowed
public class VolunteerSignInView extends Div implements BeforeEnterObserver {

    private final VolunteerSessions sessions;
    private final TextField phone = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox remember = new Checkbox();
    private final Paragraph problem = new Paragraph();
    private String returnTo = "/v";

    @Inject
    public VolunteerSignInView(VolunteerSessions sessions) {
        this.sessions = sessions;
        addClassName("volunteer-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("to")
                .filter(to -> to.startsWith("/v") && !to.startsWith("//"))
                .orElse("/v");
        if (sessions.current().isPresent()) {
            event.forwardTo(returnTo.substring(1));
            return;
        }
        removeAll();
        var locale = getLocale();
        phone.setLabel(Texts.get(locale, "sign-in.phone"));
        phone.setId("volunteer-phone");
        phone.setAllowedCharPattern("[0-9 ]");
        phone.setMaxLength(13);
        phone.getElement().setAttribute("inputmode", "numeric");
        phone.getElement().setAttribute("autocomplete", "tel");
        password.setLabel(Texts.get(locale, "sign-in.password"));
        password.setId("volunteer-password");
        remember.setLabel(Texts.get(locale, "sign-in.remember"));
        remember.setValue(true);
        remember.setId("volunteer-remember");
        problem.setId("volunteer-sign-in-problem");
        problem.addClassName("volunteer-message");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var submit = new Button(Texts.get(locale, "sign-in.submit"), click -> signIn());
        submit.setId("volunteer-sign-in");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        var register = new Anchor("/v/register", Texts.get(locale, "sign-in.register"));
        register.setId("volunteer-register-link");
        add(new H1(Texts.get(locale, "sign-in.title")), phone, password, remember, problem, submit, register);
    }

    private void signIn() {
        var outcome = sessions.signIn(phone.getValue(), password.getValue(), remember.getValue());
        switch (outcome) {
            case SIGNED_IN -> UI.getCurrent().getPage().setLocation(returnTo);
            case LOCKED -> show("sign-in.locked");
            case REFUSED -> show("sign-in.refused");
        }
    }

    private void show(String key) {
        password.clear();
        problem.setText(Texts.get(getLocale(), key));
        problem.setVisible(true);
    }
}
