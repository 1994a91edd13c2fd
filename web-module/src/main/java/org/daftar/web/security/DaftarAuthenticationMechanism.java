package org.daftar.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.daftar.user.ApiTokenService;
import org.daftar.user.Language;
import org.daftar.web.api.ErrorJson;
import org.daftar.web.i18n.Messages;
import org.daftar.user.LoginOutcome;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * Daftar's one authentication mechanism (Jakarta Security allows one per application):
 * <ul>
 * <li>pages: the login page hands a username/password credential over via
 *     {@code SecurityContext.authenticate}; the login is then kept in the HTTP session;
 *     a protected page without a login is redirected to the login page;</li>
 * <li>{@code /api/}: a personal token ("Bearer dft_…") or HTTP Basic, never a session. Verified
 *     Basic credentials are remembered for a few minutes so that a client does not pay PBKDF2 on every call.</li>
 * </ul>
 */
@ApplicationScoped
public class DaftarAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private VerifiedCredentials verified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext ctx) {
        if (isApi(request)) {
            return api(request, response, ctx);
        }
        Credential credential = ctx.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                ctx.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            }
            return ctx.notifyContainerAboutLogin(result);
        }
        Principal inSession = request.getUserPrincipal();
        if (inSession != null) {
            return restore(ctx, inSession);
        }
        if (ctx.isProtected()) {
            return toLoginPage(request, response, ctx);
        }
        return ctx.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
        String header = request.getHeader("Authorization");
        Optional<LoginOutcome> who = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            who = tokens.authenticate(header.substring(7).strip());
        } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            who = basic(header.substring(6).strip());
        }
        if (who.isPresent()) {
            return ctx.notifyContainerAboutLogin(who.get().loginId(), who.get().roles());
        }
        if (header == null && !ctx.isProtected()) {
            return ctx.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Daftar\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter().write(json.toJson(new ErrorJson("api.unauthorized",
                    Messages.text(Language.EN.locale(), "api.unauthorized"), Messages.text(Language.HI.locale(), "api.unauthorized"))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private Optional<LoginOutcome> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String login = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return verified.verify(login, password, () -> {
            CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(login, password));
            return result.getStatus() == CredentialValidationResult.Status.VALID ? Optional.of(result.getCallerGroups()) : Optional.empty();
        });
    }

    /** The login kept in the session: the container restores the caller's groups with the principal. */
    private static AuthenticationStatus restore(HttpMessageContext ctx, Principal principal) {
        try {
            ctx.getHandler().handle(new Callback[]{new CallerPrincipalCallback(ctx.getClientSubject(), principal)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext ctx) {
        String target = request.getContextPath() + LOGIN_PAGE;
        String wanted = request.getRequestURI().substring(request.getContextPath().length());
        if (!wanted.isEmpty() && !wanted.equals("/") && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            target += "?next=" + URLEncoder.encode(wanted + (query == null ? "" : "?" + query), StandardCharsets.UTF_8);
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request after the session expired: tell the Faces script to go to the login page
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                        + target.replace("&", "&amp;") + "\"></redirect></partial-response>");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return ctx.redirect(target);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
