package org.happystation.kiosk.volunteering;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.happystation.kiosk.security.ConsoleSignIn;
import org.happystation.kiosk.security.DeviceCookie;
import org.happystation.points.host.VolunteerSessions;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerService;

/**
 * Volunteer sign-in for the module's phone pages, through the same Jakarta Security path as the console
 * (failures counted and limited the same way), plus the "remember this phone" cookie.
 */
@ApplicationScoped
public class BrowserVolunteerSessions implements VolunteerSessions {

    @Inject
    ConsoleSignIn signIn;

    @Inject
    VolunteerService volunteers;

    @Override
    public Outcome signIn(String phone, String password, boolean rememberPhone) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        String caller = phone == null ? "" : phone.replaceAll("[\\s-]", "");
        if (!caller.matches("1\\d{10}") || password == null || password.isEmpty()) {
            return Outcome.REFUSED;
        }
        var outcome =
                signIn.signIn(caller, password, request.getHttpServletRequest(), response.getHttpServletResponse());
        if (outcome == ConsoleSignIn.Outcome.SIGNED_IN && rememberPhone) {
            current()
                    .ifPresent(id -> response.addCookie(
                            DeviceCookie.VOLUNTEER.create(volunteers.rememberDevice(id), request.isSecure())));
        }
        return switch (outcome) {
            case SIGNED_IN -> Outcome.SIGNED_IN;
            case LOCKED -> Outcome.LOCKED;
            case REFUSED -> Outcome.REFUSED;
        };
    }

    @Override
    public void signOut() {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null) {
            DeviceCookie.VOLUNTEER.read(request.getHttpServletRequest()).ifPresent(volunteers::forgetDevice);
        }
        if (response != null) {
            response.addCookie(DeviceCookie.VOLUNTEER.expired());
        }
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().invalidate();
        }
    }

    @Override
    public Optional<VolunteerId> current() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return VolunteerId.fromPrincipal(request.getUserPrincipal().getName());
    }
}
