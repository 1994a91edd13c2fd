package org.daftar.web.bench;

import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.mis.pend.AgeBuckets;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The collector's district dashboard figures: per department and kind, the pending items in each age
 * bucket, the overdue and the total. Subclasses say where the figures come from.
 */
abstract class DistrictFigures extends JdbcServlet {

    DistrictFigures() {
        super("GET");
    }

    /** The query and its values; its columns: department id, kind, the buckets' counts, overdue, total. */
    record Query(String sql, List<Object> values) {
    }

    abstract Query query(Connection c, LocalDate today, AgeBuckets buckets, WorkingCalendar calendar) throws SQLException;

    @Override
    protected void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException, SQLException {
        read(c -> {
            LocalDate today = clock.instant().atZone(WorkingCalendar.INDIA).toLocalDate();
            WorkingCalendar calendar = DeskTime.calendar(c);
            AgeBuckets buckets = AgeBuckets.on(today, calendar);
            Query q = query(c, today, buckets, calendar);
            try (PreparedStatement ps = bind(c.prepareStatement(q.sql()), q.values().toArray()); ResultSet rs = ps.executeQuery();
                 JsonGenerator g = json(resp, HttpServletResponse.SC_OK)) {
                g.writeStartObject().write("today", today.toString()).writeStartArray("rows");
                while (rs.next()) {
                    g.writeStartObject().write("department", rs.getLong(1)).write("kind", rs.getString(2).strip())
                            .writeStartArray("buckets");
                    for (int b = 0; b < AgeBuckets.COUNT; b++) {
                        g.write(rs.getInt(3 + b));
                    }
                    g.writeEnd().write("overdue", rs.getInt(3 + AgeBuckets.COUNT)).write("total", rs.getInt(4 + AgeBuckets.COUNT))
                            .writeEnd();
                }
                g.writeEnd().writeEnd();
            }
            return null;
        });
    }

    /**
     * The sums of {@code counted} per age bucket of {@code since} (as PendencyService#dashboard
     * writes them), each cut-off day bound by {@code asValue} into {@code values}.
     */
    static String bucketSums(String since, String counted, AgeBuckets buckets, Function<LocalDate, Object> asValue, List<Object> values) {
        List<String> sums = new ArrayList<>();
        for (int b = 0; b < AgeBuckets.COUNT; b++) {
            List<String> range = new ArrayList<>();
            if (buckets.before(b) != null) {
                range.add(since + " < ?");
                values.add(asValue.apply(buckets.before(b)));
            }
            if (buckets.from(b) != null) {
                range.add(since + " >= ?");
                values.add(asValue.apply(buckets.from(b)));
            }
            sums.add("SUM(CASE WHEN " + String.join(" AND ", range) + " THEN " + counted + " ELSE 0 END)");
        }
        return String.join(", ", sums);
    }
}
