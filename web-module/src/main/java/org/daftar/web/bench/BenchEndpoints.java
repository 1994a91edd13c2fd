package org.daftar.web.bench;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.daftar.platform.Settings;

import java.util.logging.Logger;

/**
 * Deploys the benchmark's endpoints only on a server started with {@code DAFTAR_BENCHMARK=true}
 * (or {@code -Ddaftar.benchmark=true}); a production server never has them. They need no login
 * (no security constraint covers {@code /bench/*}), so they must never be switched on there.
 * <ul>
 * <li>{@code /bench/limit/*}: the app's own SQL through plain JDBC, no EJB, JPA, JAX-RS or Faces —
 *     what the application could do if its framework cost nothing;</li>
 * <li>{@code /bench/sweep}: the real escalation sweep, timed;</li>
 * <li>{@code /bench/nightly}: tonight's pendency reconciliation, run or waited for before measuring.</li>
 * </ul>
 */
@WebListener
public class BenchEndpoints implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(BenchEndpoints.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!Settings.getBoolean("daftar.benchmark")) {
            return;
        }
        ServletContext ctx = event.getServletContext();
        ctx.addServlet("bench-limit-inbox", LimitInboxServlet.class).addMapping("/bench/limit/inbox");
        ctx.addServlet("bench-limit-forward", LimitForwardServlet.class).addMapping("/bench/limit/forward");
        ctx.addServlet("bench-limit-track", LimitTrackServlet.class).addMapping("/bench/limit/track");
        ctx.addServlet("bench-limit-dashboard", LimitDashboardServlet.class).addMapping("/bench/limit/dashboard");
        ctx.addServlet("bench-limit-groupby", LimitGroupByServlet.class).addMapping("/bench/limit/groupby");
        ctx.addServlet("bench-sweep", SweepServlet.class).addMapping("/bench/sweep");
        ctx.addServlet("bench-nightly", NightlyServlet.class).addMapping("/bench/nightly");
        LOG.warning("DAFTAR_BENCHMARK is on: /bench/* answers without a login. Never on a production server.");
    }
}
