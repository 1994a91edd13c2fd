package org.daftar.web.bench;

import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.calendar.WorkingCalendar;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /bench/limit/inbox?login=L}: the first page of the user's inbox (their primary post),
 * by the SQL EclipseLink runs for {@code GET /api/v1/inbox} (org.daftar.efile.DeskQueries), in the
 * API's JSON.
 */
public class LimitInboxServlet extends JdbcServlet {

    static final int PAGE_SIZE = 20;

    /** The primary post of a login: PRIMARY before ADDITIONAL, then the latest charge (User.currentPosts). */
    static final String POST_OF = "SELECT pa.post_id FROM app_user u JOIN post_assignment pa ON pa.user_id = u.id"
            + " WHERE u.login_id = ? AND pa.to_date IS NULL ORDER BY CASE WHEN pa.kind = 'PRIMARY' THEN 0 ELSE 1 END, pa.from_date DESC";

    private static final String FROM = " FROM work_item w JOIN post h ON h.id = w.holder_post_id, movement m"
            + " JOIN post f ON f.id = m.from_post_id"
            + " WHERE m.item_id = w.id AND w.holder_post_id = ? AND w.status = ? AND m.seq = w.last_seq";

    private static final String PAGE = "SELECT w.id, w.kind, w.item_number, w.subject, w.category, w.priority, w.status,"
            + " h.code, w.held_since, w.opened, w.reply_by, f.code, f.designation_en, f.designation_hi, m.action, m.seq, w.last_seq"
            + FROM + " ORDER BY w.urgency DESC, w.held_since ASC, w.id OFFSET 0 ROWS FETCH NEXT " + PAGE_SIZE + " ROWS ONLY";

    /** The desk's total: its pending items (kept counted by the pendency ledger) less the parked ones. */
    private static final String PENDING = "SELECT COALESCE(SUM(items), 0) FROM desk_pending WHERE post_id = ?";

    private static final String COUNT = "SELECT COUNT(w.id) FROM work_item w WHERE w.holder_post_id = ? AND w.status = ?";

    public LimitInboxServlet() {
        super("GET");
    }

    @Override
    protected void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException, SQLException {
        String login = text(req, "login");
        read(c -> {
            long post = primaryPost(c, login);
            WorkingCalendar cal = DeskTime.calendar(c);
            Map<String, Integer> limits = DeskTime.deskLimits(c);
            Instant now = clock.instant();
            try (JsonGenerator g = json(resp, HttpServletResponse.SC_OK)) {
                g.writeStartObject().write("tab", "INBOX").write("page", 0).write("size", PAGE_SIZE)
                        .write("total", single(c, PENDING, post) - single(c, COUNT, post, "PARKED")).writeStartArray("items");
                try (PreparedStatement ps = bind(c.prepareStatement(PAGE), post, "ACTIVE"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        item(g, rs, cal, limits, now);
                    }
                }
                g.writeEnd().writeEnd();
            }
            return null;
        });
    }

    static long primaryPost(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(POST_OF), login); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "no post held by " + login);
            }
            return rs.getLong(1);
        }
    }

    /** One line in the API's field names; the working-day figures as org.daftar.efile.ItemRow computes them. */
    private static void item(JsonGenerator g, ResultSet rs, WorkingCalendar cal, Map<String, Integer> limits, Instant now)
            throws SQLException {
        Instant heldSince = instant(rs.getTimestamp(9));
        String priority = rs.getString(6).strip();
        String status = rs.getString(7).strip();
        int days = cal.workingDaysBetween(heldSince, now);
        boolean pending = "ACTIVE".equals(status) || "PARKED".equals(status);
        g.writeStartObject().write("id", rs.getLong(1)).write("kind", rs.getString(2).strip());
        field(g, "number", rs.getString(3));
        field(g, "subject", rs.getString(4));
        field(g, "category", rs.getString(5).strip());
        g.write("priority", priority).write("status", status);
        field(g, "holderCode", rs.getString(8));
        field(g, "heldSince", heldSince);
        g.write("opened", rs.getBoolean(10));
        field(g, "replyBy", rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate());
        field(g, "fromCode", rs.getString(12));
        field(g, "fromNameEn", rs.getString(13));
        field(g, "fromNameHi", rs.getString(14));
        field(g, "lastAction", rs.getString(15).strip());
        g.write("lastSeq", rs.getInt(17)).write("heldWorkingDays", days)
                .write("overLimit", pending && days > limits.get(priority)).write("canPullBack", false).writeEnd();
    }
}
