package org.daftar.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.daftar.web.i18n.CurrentUser;

import java.io.IOException;

/** A person whose password was set by the administrator changes it before doing anything else. */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    private static final String PASSWORD_PAGE = "/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && session.getAttribute(CurrentUser.MUST_CHANGE_PASSWORD) != null
                && !path.equals(PASSWORD_PAGE) && !path.equals(DaftarAuthenticationMechanism.LOGIN_PAGE)
                && !path.startsWith("/jakarta.faces.resource/")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
