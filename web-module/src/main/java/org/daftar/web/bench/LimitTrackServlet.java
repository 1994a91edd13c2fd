package org.daftar.web.bench;

import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code GET /bench/limit/track?id=N}: the movements of an item with the posts' and movers' names
 * the track page shows, by the SQL of org.daftar.efile.TrackService (movements with their posts and
 * actor fetched in one join, in order).
 */
public class LimitTrackServlet extends JdbcServlet {

    private static final String TRACK = "SELECT m.seq, m.action, m.moved_at, m.remark,"
            + " fp.code, fp.designation_en, fp.designation_hi, tp.code, tp.designation_en, tp.designation_hi, u.name_en, u.name_hi"
            + " FROM movement m JOIN post fp ON fp.id = m.from_post_id JOIN post tp ON tp.id = m.to_post_id"
            + " JOIN app_user u ON u.id = m.actor_user_id WHERE m.item_id = ? ORDER BY m.seq";

    public LimitTrackServlet() {
        super("GET");
    }

    @Override
    protected void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException, SQLException {
        long id = number(req, "id");
        read(c -> {
            try (PreparedStatement ps = bind(c.prepareStatement(TRACK), id); ResultSet rs = ps.executeQuery();
                 JsonGenerator g = json(resp, HttpServletResponse.SC_OK)) {
                g.writeStartObject().write("id", id).writeStartArray("rows");
                while (rs.next()) {
                    g.writeStartObject().write("seq", rs.getInt(1)).write("action", rs.getString(2).strip());
                    field(g, "at", instant(rs.getTimestamp(3)));
                    field(g, "remark", rs.getString(4));
                    g.writeStartObject("fromPost").write("code", rs.getString(5)).write("en", rs.getString(6))
                            .write("hi", rs.getString(7)).writeEnd();
                    g.writeStartObject("toPost").write("code", rs.getString(8)).write("en", rs.getString(9))
                            .write("hi", rs.getString(10)).writeEnd();
                    g.write("actorEn", rs.getString(11)).write("actorHi", rs.getString(12)).writeEnd();
                }
                g.writeEnd().writeEnd();
            }
            return null;
        });
    }
}
