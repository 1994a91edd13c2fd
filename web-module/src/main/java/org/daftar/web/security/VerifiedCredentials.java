package org.daftar.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.daftar.user.LoginOutcome;
import org.daftar.user.LoginService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Basic credentials verified in the last few minutes, so that an API client pays the PBKDF2
 * cost once, not on every call. Only a SHA-256 of login and password is kept, never the password;
 * an account locked or disabled since is refused all the same.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String login, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    private LoginService logins;

    @Inject
    private Clock clock;

    Optional<LoginOutcome> lookup(String login, String password) {
        String key = key(login, password);
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(e.until())) {
            entries.remove(key);
            return Optional.empty();
        }
        Optional<LoginOutcome> still = logins.stillAllowed(e.login());
        if (still.isEmpty()) {
            entries.remove(key);
        }
        return still;
    }

    LoginOutcome remember(String login, String password, Set<String> roles) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Entry e = new Entry(login.strip().toLowerCase(java.util.Locale.ROOT), clock.instant().plus(TTL));
        entries.put(key(login, password), e);
        return new LoginOutcome(LoginOutcome.Result.VALID, e.login(), roles, null);
    }

    private static String key(String login, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((login + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
