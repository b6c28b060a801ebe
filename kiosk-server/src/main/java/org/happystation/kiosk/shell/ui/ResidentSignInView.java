package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.residents.ResidentService.SignInResult;
import org.happystation.kiosk.shell.KioskSession;

/** The kiosk's sign-in screen: the number-pad form, and a way back home at any time. */
@Route(value = "sign-in", layout = KioskLayout.class)
@PageTitle("登录 Sign in")
@AnonymousAllowed
public class ResidentSignInView extends Div {

    private final ResidentService residents;
    private final ResidentSignInForm form = new ResidentSignInForm();

    @Inject
    public ResidentSignInView(ResidentService residents) {
        this.residents = residents;
        addClassName("sign-in-view");
        form.addSignInRequestedListener(request -> signIn(request.phone(), request.pin()));
        var back = new Button(
                getTranslation("kiosk.back"), click -> UI.getCurrent().navigate(HomeView.class));
        back.setId("back-home");
        back.addClassName("secondary-action");
        add(form, back);
    }

    private void signIn(String phone, String pin) {
        var session = KioskSession.current().orElseThrow();
        switch (residents.signIn(session.kiosk(), phone, pin)) {
            case SignInResult.SignedIn signedIn -> {
                session.signIn(new KioskSession.SignedInResident(signedIn.resident(), signedIn.name()));
                UI.getCurrent().navigate(HomeView.class);
                UI.getCurrent().refreshCurrentRoute(true);
            }
            case SignInResult.Refused refused -> form.showRefused(refused.attemptsLeft());
            case SignInResult.Locked locked -> form.showLocked();
            case SignInResult.CardNotRecognised notRecognised -> form.showCardNotRecognised();
        }
    }
}
