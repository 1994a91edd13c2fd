package org.daftar.web.bench;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.samiksha.EscalationPoller;

import java.io.IOException;

/**
 * {@code POST /bench/sweep}: runs the escalation sweep now, through the application's own
 * EscalationPoller (this measures the application, not a limit), until nothing is due.
 */
public class SweepServlet extends HttpServlet {

    private static final int MAX_RUNS = 10;

    @Inject
    private EscalationPoller poller;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long start = System.nanoTime();
        int due = 0;
        int fired = 0;
        EscalationPoller.Sweep sweep;
        int rounds = 0;
        do {
            // a run stops at its bound (or at rungs it could not fire now); a few more runs empty a larger backlog
            sweep = poller.sweep();
            due += sweep.due();
            fired += sweep.fired();
        } while (sweep.due() > 0 && ++rounds < MAX_RUNS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json;charset=UTF-8");
        try (JsonGenerator g = Json.createGenerator(resp.getWriter())) {
            g.writeStartObject().write("due", due).write("fired", fired).write("millis", millis).writeEnd();
        }
    }
}
