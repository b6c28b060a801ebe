package org.happystation.kiosk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a person in to the console from its form. The credential is checked (and failures counted)
 * before the container is asked to log the caller in, so that a refusal never writes an HTTP 401 into
 * the response of the Vaadin request that carried the form.
 */
@ApplicationScoped
public class ConsoleSignIn {

    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        LOCKED
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    public Outcome signIn(String username, String password, HttpServletRequest request, HttpServletResponse response) {
        String device = StationAuthenticationMechanism.clientOf(request);
        if (throttle.blocked(username, device)) {
            return Outcome.LOCKED;
        }
        var credential = new UsernamePasswordCredential(username, password);
        if (identityStores.validate(credential).getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, device);
            return throttle.blocked(username, device) ? Outcome.LOCKED : Outcome.REFUSED;
        }
        var status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        return status == AuthenticationStatus.SUCCESS ? Outcome.SIGNED_IN : Outcome.REFUSED;
    }
}
