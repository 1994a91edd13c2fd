package org.daftar.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.ejb.EJBException;
import org.daftar.mis.discipline.LoginDays;
import org.daftar.platform.DaftarClock;
import org.daftar.user.LoginOutcome;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The login page. */
@Named
@RequestScoped
public class LoginView {

    private static final Logger LOG = Logger.getLogger(LoginView.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @NotBlank(message = "{login.required}")
    private String loginId;

    @NotBlank(message = "{password.required}")
    private String password;

    private String next;

    @Inject
    private SecurityContext security;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LoginDays loginDays;

    @Inject
    private FacesContext faces;

    public void login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(loginId.strip(), password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            currentUser.loggedIn(request);
            recordLoginDay(request.getRemoteUser());
            ext.redirect(ext.getRequestContextPath() + (currentUser.isMustChangePassword() ? "/password.xhtml" : safeNext()));
            faces.responseComplete();
            return;
        }
        LoginOutcome outcome = attempt.outcome();
        if (outcome != null && outcome.result() == LoginOutcome.Result.LOCKED) {
            Messages.error(null, "login.locked", TIME.format(outcome.lockedUntil().atZone(DaftarClock.INDIA)));
        } else if (outcome != null && outcome.result() == LoginOutcome.Result.INACTIVE) {
            Messages.error(null, "login.inactive");
        } else {
            Messages.error(null, "login.invalid");
        }
    }

    /** "Logged in today" for the daily discipline; never a reason to refuse the login itself. */
    private void recordLoginDay(String login) {
        try {
            loginDays.loggedIn(login);
        } catch (EJBException e) {
            // another server wrote today's row in the same instant (unique key): the day is recorded all the same
            LOG.log(Level.FINE, "login day of " + login + " written by another server", e);
        }
    }

    /** Only a path inside Daftar may follow the login, never another site. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(DaftarAuthenticationMechanism.LOGIN_PAGE)) {
            return next;
        }
        return "/index.xhtml";
    }

    public String getLoginId() { return loginId; }
    public void setLoginId(String loginId) { this.loginId = loginId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
