package org.happystation.kiosk.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.happystation.kiosk.security.Role;
import org.happystation.points.volunteers.VolunteerService;

/**
 * Volunteers sign in with their mobile number and password. Console user names start with a letter, so a
 * caller that is a mobile number is a volunteer's and only this store answers for it.
 */
@ApplicationScoped
public class VolunteerIdentityStore implements IdentityStore {

    @Inject
    VolunteerService volunteers;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)
                || !login.getCaller().replaceAll("[\\s-]", "").matches("1\\d{10}")) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return volunteers
                .checkPassword(login.getCaller(), login.getPasswordAsString())
                .map(id -> new CredentialValidationResult(id.principalName(), Set.of(Role.VOLUNTEER.name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
