package org.daftar.user;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.platform.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks passwords and keeps the count of failed logins in the database, so that two server
 * instances agree on who is locked. The lock is checked before the (expensive) hash, so a locked
 * account costs no CPU; an unknown login ID costs the same hash as a known one.
 */
@Stateless
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditLog audit;

    @Inject
    private UserRepository people;

    @Inject
    private RequestCaller requestCaller;

    @Inject
    private Clock clock;

    public LoginOutcome authenticate(String loginId, char[] password, String clientAddress) {
        String login = loginId == null ? "" : loginId.strip().toLowerCase(Locale.ROOT);
        Optional<User> found = people.byLogin(login);
        if (found.isEmpty()) {
            passwords.verifyNobody(password);
            audit.record(clip(login), "LOGIN_FAILED", null, "unknown login", clientAddress);
            return LoginOutcome.invalid();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.isLocked(now)) {
            audit.record(login, "LOGIN_REFUSED_LOCKED", "user:" + login, null, clientAddress);
            return LoginOutcome.locked(user.getLockedUntil());
        }
        boolean matches = passwords.verify(password, user.getPasswordHash());
        em.lock(user, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(user);
        if (user.isLocked(now)) {
            // locked by parallel attempts while this password was being hashed
            return LoginOutcome.locked(user.getLockedUntil());
        }
        if (!matches) {
            boolean nowLocked = user.recordFailedLogin(now, Settings.lockoutAttempts(),
                    Duration.ofMinutes(Settings.lockoutMinutes()));
            audit.record(login, "LOGIN_FAILED", "user:" + login, "attempt " + user.getFailedAttempts(), clientAddress);
            if (nowLocked) {
                LOG.warning(() -> "Account " + login + " locked after repeated failed logins");
                audit.record(login, "ACCOUNT_LOCKED", "user:" + login, "until " + user.getLockedUntil(), clientAddress);
                return LoginOutcome.locked(user.getLockedUntil());
            }
            return LoginOutcome.invalid();
        }
        if (!user.isActive()) {
            audit.record(login, "LOGIN_REFUSED_INACTIVE", "user:" + login, null, clientAddress);
            return LoginOutcome.inactive();
        }
        user.recordLogin(now);
        audit.record(login, "LOGIN", "user:" + login, null, clientAddress);
        return LoginOutcome.valid(user);
    }

    /**
     * For an already verified API credential: the account may have been locked or disabled since.
     * Looked up through {@link RequestCaller}, so the services that answer the call reuse the user.
     */
    public Optional<LoginOutcome> stillAllowed(String loginId) {
        return requestCaller.byLogin(loginId).filter(u -> u.isActive() && !u.isLocked(clock.instant())).map(LoginOutcome::valid);
    }

    public void loggedOut(String loginId, String clientAddress) {
        audit.record(loginId, "LOGOUT", "user:" + loginId, null, clientAddress);
    }


    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
