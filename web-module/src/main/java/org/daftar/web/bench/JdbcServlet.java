package org.daftar.web.bench;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.IOException;
import java.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the limit servlets share: the application's own pool ({@code jdbc/daftar}), local JDBC
 * transactions, JSON written straight to the response, and plain answers to bad requests.
 */
abstract class JdbcServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(JdbcServlet.class.getName());

    /** The application's clock (moved in tests), so that the limit counts days as the app does. */
    @Inject
    protected Clock clock;

    /** The work of one request on one connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** A request the servlet answers with a status and a message, not with a stack trace. */
    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private transient DataSource dataSource;

    @Override
    public void init() throws ServletException {
        try {
            dataSource = InitialContext.doLookup("jdbc/daftar");
        } catch (NamingException e) {
            throw new ServletException(e);
        }
    }

    private final String method;

    JdbcServlet(String method) {
        this.method = method;
    }

    /** Answers a request of this servlet's one method. */
    protected abstract void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException, SQLException;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!method.equals(req.getMethod())) {
            error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " only");
            return;
        }
        try {
            handle(req, resp);
        } catch (Refusal r) {
            error(resp, r.status, r.getMessage());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "benchmark request " + req.getRequestURI() + " failed", e);
            error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getClass().getSimpleName());
        }
    }

    <T> T read(Work<T> work) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        }
    }

    /** One local transaction: committed when {@code work} returns, rolled back when it throws. */
    <T> T transaction(Work<T> work) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    static JsonGenerator json(HttpServletResponse resp, int status) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        return Json.createGenerator(resp.getWriter());
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        try (JsonGenerator g = json(resp, status)) {
            g.writeStartObject().write("error", message == null ? "" : message).writeEnd();
        }
    }

    static long number(HttpServletRequest req, String name) {
        try {
            return Long.parseLong(text(req, name));
        } catch (NumberFormatException e) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, name + " is not a number");
        }
    }

    static String text(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, name + " is required");
        }
        return v.strip();
    }

    static PreparedStatement bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        return ps;
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), values)) {
            return ps.executeUpdate();
        }
    }

    /** The first column of the first row of a query that always has one (a count). */
    static long single(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), values); java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** TIMESTAMP columns hold UTC (see org.daftar.persistence.InstantConverter). */
    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static Timestamp timestamp(Instant i) {
        return Timestamp.valueOf(i.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    /** Writes a field unless it is null, as the API's JSON-B does. */
    static void field(JsonGenerator g, String name, Object value) {
        if (value != null) {
            g.write(name, value.toString());
        }
    }
}
