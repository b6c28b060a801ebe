package org.happystation.kiosk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.happystation.kiosk.accounts.AccountService;

/**
 * The database identity store of Jakarta Security: accounts and their slow password hashes. Its groups
 * are the account's role name, which is what {@code isUserInRole} and {@code @RolesAllowed} see.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.find(login.getCaller())
                .filter(account -> account.passwordMatches(login.getPasswordAsString()))
                .map(account -> new CredentialValidationResult(
                        account.username(), Set.of(account.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
