package org.daftar.web.security;

import org.daftar.user.LoginOutcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** API clients that send many requests at once with credentials not yet verified pay for one password check, not one each. */
class VerifiedCredentialsTest {

    private final VerifiedCredentials verified = new VerifiedCredentials();
    private final AtomicInteger checks = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    VerifiedCredentialsTest() throws ReflectiveOperationException {
        var clock = VerifiedCredentials.class.getDeclaredField("clock");
        clock.setAccessible(true);
        clock.set(verified, Clock.systemUTC());
    }

    @Test
    void requestsArrivingTogetherShareOneCheck() throws Exception {
        CompletableFuture<Optional<LoginOutcome>> first = CompletableFuture.supplyAsync(() -> verify("so.rev14", "Daftar@2026", true));
        waitUntilChecking();
        CompletableFuture<Optional<LoginOutcome>> second = CompletableFuture.supplyAsync(() -> verify("so.rev14", "Daftar@2026", true));
        Thread.sleep(200); // the second request is waiting for the first one's check, not running its own
        assertThat(checks).hasValue(1);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).hasValueSatisfying(o -> assertThat(o.loginId()).isEqualTo("so.rev14"));
        assertThat(second.get(10, TimeUnit.SECONDS)).hasValueSatisfying(o -> assertThat(o.loginId()).isEqualTo("so.rev14"));
        assertThat(checks).as("one PBKDF2 for both").hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedOnItsOwnAndRefused() throws Exception {
        release.countDown();
        assertThat(verify("so.rev14", "Daftar@2026", true)).isPresent();
        assertThat(verify("so.rev14", "guess", false)).isEmpty();
        assertThat(checks).hasValue(2);
    }

    private Optional<LoginOutcome> verify(String login, String password, boolean valid) {
        return verified.verify(login, password, () -> {
            checks.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return valid ? Optional.of(Set.of("STAFF")) : Optional.empty();
        });
    }

    private void waitUntilChecking() throws InterruptedException {
        for (int i = 0; i < 100 && checks.get() == 0; i++) {
            Thread.sleep(20);
        }
        assertThat(checks).hasValue(1);
    }
}
