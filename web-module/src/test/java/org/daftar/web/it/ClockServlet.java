package org.daftar.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.platform.DaftarClock;

import java.io.IOException;
import java.time.Duration;

/**
 * Deployed only with the browser suite: moves the server's clock ({@code ?offset=P10D}, {@code PT0S}
 * to return), so a browser test can watch a deadline pass. The server must run with
 * {@code -Ddaftar.clock.movable=true}, which the Arquillian configuration sets.
 */
@WebServlet("/it/clock")
public class ClockServlet extends HttpServlet {

    @Inject
    private DaftarClock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        clock.moveBy(Duration.parse(req.getParameter("offset")));
        resp.setContentType("text/plain");
        resp.getWriter().write("moved " + req.getParameter("offset"));
    }
}
