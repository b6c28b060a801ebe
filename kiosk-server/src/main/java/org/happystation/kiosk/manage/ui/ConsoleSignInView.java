package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.base.ui.Languages;
import org.happystation.kiosk.security.ConsoleSignIn;

/**
 * The console's sign-in form. It hands the credential to Jakarta Security, which checks it against the
 * database identity store, counts failures, and keeps the caller in a new session (the session id
 * changes at sign-in, against session fixation).
 */
@Route("manage/sign-in")
@PageTitle("登录管理后台 Console sign-in")
@AnonymousAllowed
public class ConsoleSignInView extends Div {

    private final ConsoleSignIn consoleSignIn;
    private final LoginForm form = new LoginForm();

    @Inject
    public ConsoleSignInView(ConsoleSignIn consoleSignIn) {
        this.consoleSignIn = consoleSignIn;
        addClassName("console-sign-in");
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
        boolean chinese = "zh".equals(getLocale().getLanguage());
        var language = new Button(chinese ? "English" : "中文", click -> {
            Languages.choose(UI.getCurrent(), chinese ? java.util.Locale.ENGLISH : java.util.Locale.CHINESE);
            UI.getCurrent().refreshCurrentRoute(true);
        });
        language.setId("console-language");
        add(new Div(language), form);
    }

    private void signIn(LoginEvent event) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        VaadinService.reinitializeSession(request);
        var outcome = consoleSignIn.signIn(
                event.getUsername(),
                event.getPassword(),
                request.getHttpServletRequest(),
                response.getHttpServletResponse());
        if (outcome == ConsoleSignIn.Outcome.SIGNED_IN) {
            UI.getCurrent().getPage().setLocation("/manage");
            return;
        }
        var i18n = i18n();
        if (outcome == ConsoleSignIn.Outcome.LOCKED) {
            i18n.getErrorMessage().setMessage(getTranslation("console.sign-in.locked"));
        }
        form.setI18n(i18n);
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var header = new LoginI18n.Header();
        header.setTitle(getTranslation("console.title"));
        i18n.setHeader(header);
        var labels = i18n.getForm();
        labels.setTitle(getTranslation("console.sign-in.title"));
        labels.setUsername(getTranslation("console.sign-in.username"));
        labels.setPassword(getTranslation("console.sign-in.password"));
        labels.setSubmit(getTranslation("console.sign-in.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("console.sign-in.error.title"));
        error.setMessage(getTranslation("console.sign-in.error.message"));
        return i18n;
    }
}
