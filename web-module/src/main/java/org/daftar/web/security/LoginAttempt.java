package org.daftar.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.daftar.user.LoginOutcome;

/** What the identity store decided in this request, for the login page to explain (locked, wrong password …). */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome outcome() { return outcome; }

    void decided(LoginOutcome outcome) { this.outcome = outcome; }
}
