package org.daftar.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.daftar.user.LoginOutcome;
import org.daftar.user.LoginService;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Basic credentials verified in the last few minutes, so that an API client pays the PBKDF2
 * cost once, not on every call. Only an HMAC of login and password is kept, under a key that lives
 * in this process alone, never the password; an account locked or disabled since is refused all the same.
 * Requests that arrive together with credentials not (or no longer) cached wait for one check
 * instead of each paying PBKDF2: a client forwarding 20 files a second used to stall for seconds
 * every five minutes, when its entry expired, while 2 cores ran a PBKDF2 per request.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String login, Instant until) {
    }

    private static final String HMAC = "HmacSHA256";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<LoginOutcome>>> checking = new ConcurrentHashMap<>();
    private final SecretKeySpec secret = new SecretKeySpec(randomBytes(), HMAC);

    @Inject
    private LoginService logins;

    @Inject
    private Clock clock;

    /**
     * The outcome for these credentials: cached, else {@code check}'s (the caller's groups if the
     * credentials are valid), run once for all requests that carry the same credentials meanwhile.
     */
    Optional<LoginOutcome> verify(String login, String password, Supplier<Optional<Set<String>>> check) {
        Optional<LoginOutcome> cached = lookup(login, password);
        if (cached.isPresent()) {
            return cached;
        }
        String key = key(login, password);
        CompletableFuture<Optional<LoginOutcome>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<LoginOutcome>> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Optional<LoginOutcome> outcome = check.get().map(roles -> remember(login, password, roles));
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    private Optional<LoginOutcome> lookup(String login, String password) {
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

    private LoginOutcome remember(String login, String password, Set<String> roles) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Entry e = new Entry(login.strip().toLowerCase(java.util.Locale.ROOT), clock.instant().plus(TTL));
        entries.put(key(login, password), e);
        return new LoginOutcome(LoginOutcome.Result.VALID, e.login(), roles, null);
    }

    private String key(String login, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal((login + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
