package org.daftar.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.daftar.user.LoginService;

import java.io.IOException;

/** Ends the session. POST only, so that a link in a mail or page cannot log anyone out. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    private LoginService logins;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            logins.loggedOut(request.getUserPrincipal().getName(), ClientAddress.of(request));
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + DaftarAuthenticationMechanism.LOGIN_PAGE + "?bye=1");
    }
}
