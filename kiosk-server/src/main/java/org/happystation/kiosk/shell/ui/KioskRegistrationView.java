package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.happystation.kiosk.base.ui.NumberPad;
import org.happystation.kiosk.security.SignInThrottle;
import org.happystation.kiosk.shell.KioskAccess;
import org.happystation.kiosk.shell.KioskSession;
import org.happystation.kiosk.stations.StationService;

/**
 * Shown by a browser that is not a registered kiosk. A station manager creates the kiosk in the console
 * and reads out its 8-digit one-time code; typed here, it makes this browser that kiosk for good.
 */
@Route("kiosk/register")
@PageTitle("登记本机 Register this kiosk")
@AnonymousAllowed
public class KioskRegistrationView extends Div {

    private final StationService stations;
    private final KioskAccess kioskAccess;
    private final SignInThrottle throttle;
    private final NumberPad pad;
    private final Div display = new Div();
    private final Paragraph message = new Paragraph();
    private final Button register = new Button();

    @Inject
    public KioskRegistrationView(StationService stations, KioskAccess kioskAccess, SignInThrottle throttle) {
        this.stations = stations;
        this.kioskAccess = kioskAccess;
        this.throttle = throttle;
        addClassNames("kiosk", "registration-view");
        pad = new NumberPad(8, getTranslation("pad.delete"), getTranslation("pad.clear"));
        pad.addDigitsChangedListener(change -> {
            display.setText(pad.value());
            register.setEnabled(pad.value().length() == 8);
        });
        display.addClassName("digits-display");
        display.setId("digits-display");
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "alert");
        register.setText(getTranslation("register.submit"));
        register.setId("register-kiosk");
        register.addClassName("primary-action");
        register.setEnabled(false);
        register.addClickListener(click -> register());
        add(
                new H1(getTranslation("register.title")),
                new Paragraph(getTranslation("register.instruction")),
                display,
                message,
                pad,
                register);
    }

    private void register() {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        // Codes are 8 random digits valid for a day: limiting guesses per address keeps them unguessable.
        String device = "registration-" + request.getRemoteAddr();
        if (throttle.blocked(device, device)) {
            pad.clear();
            message.setText(getTranslation("register.locked"));
            return;
        }
        var registered = stations.registerKiosk(pad.value());
        if (registered.isEmpty()) {
            throttle.failed(device, device);
            pad.clear();
            message.setText(getTranslation("register.refused"));
            return;
        }
        kioskAccess.remember(
                registered.get().deviceToken(), request.getHttpServletRequest(), response.getHttpServletResponse());
        KioskSession.open(
                new KioskSession(registered.get().kiosk(), registered.get().station()));
        UI.getCurrent().navigate(HomeView.class);
    }
}
