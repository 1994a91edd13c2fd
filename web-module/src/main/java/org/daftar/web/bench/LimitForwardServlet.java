package org.daftar.web.bench;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.audit.AuditEntry;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.mis.pend.AgeBuckets;
import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyMirror;
import org.daftar.mis.pend.PendingItem.CounterKey;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /bench/limit/forward} (item, to, login): the writes of a real SEND
 * (org.daftar.efile.MovementService#move and the pendency ledger) through plain JDBC, in one
 * transaction: the item's new holder and version, the movement, the holder index, draft notes made
 * permanent (and the disposal that counts), the item's audit chain, the pendency read model.
 * 201 with the movement; 409 if the login does not hold the item, or it moved meanwhile.
 */
public class LimitForwardServlet extends JdbcServlet {

    private static final String ITEM = "SELECT w.kind, w.status, w.holder_post_id, h.code, w.last_seq, w.audit_seq, w.audit_hash,"
            + " w.version, w.priority FROM work_item w JOIN post h ON h.id = w.holder_post_id WHERE w.id = ?";
    private static final String ACTOR = "SELECT u.id FROM app_user u JOIN post_assignment pa ON pa.user_id = u.id"
            + " WHERE u.login_id = ? AND pa.post_id = ? AND pa.to_date IS NULL";
    private static final String POST = "SELECT p.id, p.active, p.section_id, s.department_id FROM post p"
            + " JOIN org_section s ON s.id = p.section_id WHERE p.code = ?";
    private static final String MOVE_ITEM = "UPDATE work_item SET holder_post_id = ?, held_since = ?, opened = ?, status = 'ACTIVE',"
            + " status_reason = NULL, last_seq = ?, audit_seq = ?, audit_hash = ?, version = ? WHERE id = ? AND version = ?";
    private static final String MOVEMENT = "INSERT INTO movement (item_id, seq, action, from_post_id, to_post_id, actor_user_id, moved_at)"
            + " VALUES (?, ?, 'SEND', ?, ?, ?, ?)";
    private static final String HELD = "SELECT COUNT(*) FROM item_holder WHERE item_id = ? AND post_id = ?";
    private static final String HOLDER = "INSERT INTO item_holder (item_id, post_id) VALUES (?, ?)";
    private static final String NOTES_PERMANENT = "UPDATE note SET permanent = ?, version = version + 1 WHERE file_id = ? AND permanent = ?";
    private static final String DISPOSAL = "INSERT INTO disposal (user_id, post_id, item_id, kind, work_date, occurred_at)"
            + " VALUES (?, ?, ?, 'FORWARD_WITH_NOTE', ?, ?)";
    private static final String AUDIT = "INSERT INTO item_audit (item_id, seq, occurred_at, actor, audit_action, detail, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, 'SEND', ?, ?, ?)";
    private static final String PENDING = "SELECT kind, department_id, section_id, post_id, since_day, due_day FROM pendency_item"
            + " WHERE source = 'WORK_ITEM' AND item_id = ?";
    private static final String KEY = " WHERE kind = ? AND department_id = ? AND section_id = ? AND post_id = ? AND since_day = ? AND due_day = ?";
    private static final String COUNT = "UPDATE pendency_count SET items = items + ?" + KEY;
    private static final String OPEN_COUNTER = "INSERT INTO pendency_count (kind, department_id, section_id, post_id, since_day, due_day, items)"
            + " VALUES (?, ?, ?, ?, ?, ?, 0)";
    private static final String DESK = "UPDATE desk_pending SET items = items + ? WHERE post_id = ?";
    private static final String OPEN_DESK = "INSERT INTO desk_pending (post_id, items) VALUES (?, 0)";
    private static final String UNPEND = "DELETE FROM pendency_item WHERE source = 'WORK_ITEM' AND item_id = ?";
    private static final String PEND = "INSERT INTO pendency_item (source, item_id, kind, department_id, section_id, post_id, since_day, due_day)"
            + " VALUES ('WORK_ITEM', ?, ?, ?, ?, ?, ?, ?)";

    public LimitForwardServlet() {
        super("POST");
    }

    @Override
    protected void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException, SQLException {
        long item = number(req, "item");
        String to = text(req, "to");
        String login = text(req, "login");
        int seq = transaction(c -> forward(c, item, to, login));
        // the app's in-memory copy of the counters did not see this change: it reads them again when next asked
        CDI.current().select(PendencyMirror.class).get().forget();
        try (JsonGenerator g = json(resp, HttpServletResponse.SC_CREATED)) {
            g.writeStartObject().write("item", item).write("seq", seq).write("action", "SEND").write("to", to).writeEnd();
        }
    }

    private int forward(Connection c, long item, String toCode, String login) throws SQLException {
        String kind;
        long from;
        String fromCode;
        int seq;
        int auditSeq;
        String prevHash;
        int version;
        String priority;
        try (PreparedStatement ps = bind(c.prepareStatement(ITEM), item); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "no item " + item);
            }
            String status = rs.getString(2).strip();
            if (!"ACTIVE".equals(status) && !"PARKED".equals(status)) {
                throw new Refusal(HttpServletResponse.SC_CONFLICT, "item " + item + " is " + status);
            }
            kind = rs.getString(1).strip();
            from = rs.getLong(3);
            fromCode = rs.getString(4);
            seq = rs.getInt(5) + 1;
            auditSeq = rs.getInt(6) + 1;
            prevHash = rs.getString(7);
            version = rs.getInt(8);
            priority = rs.getString(9).strip();
        }
        long actor = actor(c, login, from, item);
        long toPost;
        long section;
        long department;
        try (PreparedStatement ps = bind(c.prepareStatement(POST), toCode); ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(2) || rs.getLong(1) == from) {
                throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "cannot send to " + toCode);
            }
            toPost = rs.getLong(1);
            section = rs.getLong(3);
            department = rs.getLong(4);
        }
        Instant now = clock.instant();
        Timestamp at = timestamp(now);
        String detail = fromCode + " -> " + toCode;
        String hash = AuditEntry.sha256(Long.toString(item), Integer.toString(auditSeq), Long.toString(now.toEpochMilli()),
                login, "SEND", detail, prevHash);
        if (update(c, MOVE_ITEM, toPost, at, false, seq, auditSeq, hash, version + 1, item, version) == 0) {
            throw new Refusal(HttpServletResponse.SC_CONFLICT, "item " + item + " moved meanwhile");
        }
        update(c, MOVEMENT, item, seq, from, toPost, actor, at);
        if (single(c, HELD, item, toPost) == 0) {
            update(c, HOLDER, item, toPost);
        }
        LocalDate today = now.atZone(WorkingCalendar.INDIA).toLocalDate();
        if ("FILE".equals(kind) && update(c, NOTES_PERMANENT, true, item, false) > 0) {
            update(c, DISPOSAL, actor, from, item, Date.valueOf(today), at);
        }
        update(c, AUDIT, item, auditSeq, at, login, detail, prevHash, hash);
        WorkingCalendar cal = DeskTime.calendar(c);
        LocalDate due = AgeBuckets.deskDue(today, DeskTime.deskLimits(c).get(priority), cal);
        repend(c, item, new CounterKey(PendencyKind.valueOf(kind), department, section, toPost, today, due));
        return seq;
    }

    /** The login's user, if one of their posts holds the item now (409 otherwise, as for a file that moved on). */
    private static long actor(Connection c, String login, long holder, long item) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(ACTOR), login, holder); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new Refusal(HttpServletResponse.SC_CONFLICT, login + " does not hold item " + item);
            }
            return rs.getLong(1);
        }
    }

    /**
     * Moves the item's pendency from the counter it was counted in to {@code now}, locking the two
     * counters in the app's one order (org.daftar.mis.pend.PendencyLedger): crossing forwards would
     * otherwise deadlock.
     */
    private void repend(Connection c, long item, CounterKey now) throws SQLException {
        Map<CounterKey, Integer> deltas = new TreeMap<>(CounterKey.ORDER);
        try (PreparedStatement ps = bind(c.prepareStatement(PENDING), item); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                deltas.merge(new CounterKey(PendencyKind.valueOf(rs.getString(1).strip()), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate()), -1, Integer::sum);
                update(c, UNPEND, item);
            }
        }
        deltas.merge(now, 1, Integer::sum);
        for (Map.Entry<CounterKey, Integer> d : deltas.entrySet()) {
            if (d.getValue() != 0 && count(c, d.getKey(), d.getValue()) == 0) {
                openApart(OPEN_COUNTER, values(d.getKey()));
                count(c, d.getKey(), d.getValue());
            }
        }
        // the desks' totals after the counters, in the posts' order, as the ledger keeps them
        Map<Long, Integer> desks = new TreeMap<>();
        deltas.forEach((k, delta) -> desks.merge(k.postId(), delta, Integer::sum));
        for (Map.Entry<Long, Integer> d : desks.entrySet()) {
            if (d.getValue() != 0 && update(c, DESK, d.getValue(), d.getKey()) == 0) {
                openApart(OPEN_DESK, d.getKey());
                update(c, DESK, d.getValue(), d.getKey());
            }
        }
        Object[] v = values(now);
        update(c, PEND, item, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    private static int count(Connection c, CounterKey k, int delta) throws SQLException {
        Object[] v = values(k);
        return update(c, COUNT, delta, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** A counter's key as the statements bind it: kind, department, section, post, since, due. */
    private static Object[] values(CounterKey k) {
        return new Object[]{k.kind().name(), k.departmentId(), k.sectionId(), k.postId(), Date.valueOf(k.since()), Date.valueOf(k.due())};
    }

    /** Opens a counter at zero in a transaction of its own, as PendencyCounters does: two first arrivals at once must not collide. */
    private void openApart(String sql, Object... values) throws SQLException {
        try (Connection own = connection(); PreparedStatement ps = bind(own.prepareStatement(sql), values)) {
            ps.executeUpdate();
        } catch (SQLException alreadyOpen) {
            // opened by another transaction a moment ago: it exists, which is all that is asked
        }
    }
}
