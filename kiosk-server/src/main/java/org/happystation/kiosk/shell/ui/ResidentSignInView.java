package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.residents.ResidentService.SignInResult;
import org.happystation.kiosk.shell.KioskSession;

/**
 * The kiosk's sign-in screen: the resident card held up to the camera, or the number-pad form, and a way
 * back home at any time. A kiosk without a camera shows the number pad alone.
 */
@Route(value = "sign-in", layout = KioskLayout.class)
@PageTitle("登录 Sign in")
@AnonymousAllowed
public class ResidentSignInView extends Div {

    /** Time to read the message and take the card away before the camera looks again. */
    static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    /** Refused codes remembered on this screen; beyond this many, someone is trying codes one by one. */
    private static final int REMEMBERED_REFUSALS = 20;

    private final ResidentService residents;
    private final ResidentSignInForm form = new ResidentSignInForm();
    private final CameraScanner camera;
    /** A refused card held up again is told again but not checked (and counted) again. */
    private final Set<String> refusedCards = new HashSet<>();

    @Inject
    public ResidentSignInView(ResidentService residents) {
        this.residents = residents;
        addClassNames("sign-in-view", "with-camera");
        camera = new CameraScanner(getTranslation("sign-in.card.title"), getTranslation("sign-in.card.instruction"));
        camera.addScannedListener(scanned -> cardScanned(scanned.text()));
        camera.addNoCameraListener(none -> {
            camera.setVisible(false);
            removeClassName("with-camera");
        });
        form.addSignInRequestedListener(request -> signIn(request.phone(), request.pin()));
        var back = new Button(
                getTranslation("kiosk.back"), click -> UI.getCurrent().navigate(HomeView.class));
        back.setId("back-home");
        back.addClassName("secondary-action");
        add(camera, form, back);
    }

    private void signIn(String phone, String pin) {
        var session = KioskSession.current().orElseThrow();
        show(session, residents.signIn(session.kiosk(), phone, pin));
    }

    private void cardScanned(String text) {
        if (refusedCards.contains(text)) {
            form.showCardNotRecognised();
            camera.resumeAfter(RETRY_PAUSE);
            return;
        }
        var session = KioskSession.current().orElseThrow();
        var result = residents.signInWithCard(session.kiosk(), text);
        if (!(result instanceof SignInResult.SignedIn)) {
            if (refusedCards.size() >= REMEMBERED_REFUSALS) {
                refusedCards.clear();
            }
            refusedCards.add(text);
            camera.resumeAfter(RETRY_PAUSE);
        }
        show(session, result);
    }

    private void show(KioskSession session, SignInResult result) {
        switch (result) {
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
