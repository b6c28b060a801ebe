package org.happystation.kiosk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both doors: the console's sign-in form calls {@code SecurityContext.authenticate}
 * with a credential and the session remembers the caller; scripts calling {@code /api} send HTTP Basic
 * on every request, or an API token as {@code Authorization: Bearer}; a volunteer's phone that chose "remember me" carries a device cookie that starts a
 * new session without the password. Failed attempts count in {@link SignInThrottle} either way.
 */
@ApplicationScoped
public class StationAuthenticationMechanism implements HttpAuthenticationMechanism {

    /**
     * Who signed in through the console's form, kept in that HTTP session. The session is remembered here
     * rather than with {@code @AutoApplySession}, which would open a session for every Basic API call too.
     */
    private static final String SESSION_CALLER = StationAuthenticationMechanism.class.getName() + ".caller";

    record SessionCaller(String name, java.util.Set<String> groups) implements java.io.Serializable {}

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    org.happystation.points.volunteers.VolunteerService volunteers;

    @Inject
    org.happystation.kiosk.accounts.ApiTokens apiTokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var bearer = bearerToken(request);
        if (bearer != null) {
            var holder = apiTokens.holder(bearer);
            if (holder.isEmpty()) {
                // 256 random bits cannot be guessed, so a wrong token is not counted against anyone.
                return challenge(context);
            }
            return context.notifyContainerAboutLogin(
                    holder.get().username(),
                    java.util.Set.of(holder.get().role().name()));
        }
        Credential credential = context.getAuthParameters().getCredential();
        boolean basic = false;
        if (credential == null) {
            credential = basicCredential(request);
            basic = credential != null;
        }
        if (credential instanceof UsernamePasswordCredential login) {
            String device = clientOf(request);
            if (throttle.blocked(login.getCaller(), device)) {
                return refuse(basic, context);
            }
            CredentialValidationResult result = identityStores.validate(login);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(login.getCaller());
                if (!basic) {
                    request.getSession(true)
                            .setAttribute(
                                    SESSION_CALLER,
                                    new SessionCaller(
                                            result.getCallerPrincipal().getName(),
                                            java.util.Set.copyOf(result.getCallerGroups())));
                }
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(login.getCaller(), device);
            return refuse(basic, context);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        var rememberedVolunteer = DeviceCookie.VOLUNTEER.read(request).flatMap(volunteers::recognisedDevice);
        if (rememberedVolunteer.isPresent()) {
            var caller = new SessionCaller(
                    rememberedVolunteer.get().principalName(), java.util.Set.of(Role.VOLUNTEER.name()));
            request.getSession(true).setAttribute(SESSION_CALLER, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        return context.isProtected() ? challenge(context) : context.doNothing();
    }

    /**
     * A script gets 401 and a Basic challenge. The console's form gets only the status: the request is
     * Vaadin's own, and its response must stay Vaadin's so that the form can say what went wrong.
     */
    private static AuthenticationStatus refuse(boolean basic, HttpMessageContext context) {
        return basic ? challenge(context) : AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"happiness-station\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim()
                : null;
    }

    private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The kiosk (by its device cookie) or else the client address, for the per-device limit. */
    static String clientOf(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if (DeviceCookie.KIOSK.name().equals(cookie.getName())) {
                    return "kiosk-token-" + cookie.getValue().hashCode();
                }
            }
        }
        return "address-" + request.getRemoteAddr();
    }
}
