package org.daftar.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.daftar.user.LoginOutcome;
import org.daftar.user.LoginService;

/**
 * The database identity store: login IDs and PBKDF2 password hashes in {@code app_user}, roles in
 * {@code user_role}. Throttling and the audit entry happen in {@link LoginService}.
 */
@ApplicationScoped
public class DaftarIdentityStore implements IdentityStore {

    @Inject
    private LoginService logins;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = logins.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                ClientAddress.of(request));
        attempt.decided(outcome);
        return outcome.isValid()
                ? new CredentialValidationResult(outcome.loginId(), outcome.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
