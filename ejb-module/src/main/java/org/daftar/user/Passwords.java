package org.daftar.user;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023). Checking one password costs a few
 * hundred milliseconds of CPU by design; an unknown login ID is checked against a dummy hash so
 * that it takes as long to refuse as a wrong password.
 */
@ApplicationScoped
public class Passwords {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    public static final int MIN_LENGTH = 10;

    @Inject
    private Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(PARAMETERS);
        dummyHash = hash.generate("not-a-password-of-anyone".toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the same work as {@link #verify} and always fails. */
    public boolean verifyNobody(char[] password) {
        hash.verify(password, dummyHash);
        return false;
    }

    /** Password rules: at least ten characters, not the login ID. Returns a message key or null. */
    public static String problemWith(String loginId, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (loginId != null && password.strip().equalsIgnoreCase(loginId.strip())) {
            return "password.isLogin";
        }
        return null;
    }
}
