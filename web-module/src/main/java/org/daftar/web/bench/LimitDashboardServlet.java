package org.daftar.web.bench;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.mis.pend.AgeBuckets;

import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /bench/limit/dashboard}: the collector's district figures summed from the pendency
 * read model (pendency_count) by SQL, as PendencyService#dashboard once did. The app now sums an
 * in-memory mirror of those counters (org.daftar.mis.pend.PendencyMirror), so it is faster than
 * this "limit": the ratio tells what reading the counters from the database each time would cost.
 */
public class LimitDashboardServlet extends DistrictFigures {

    @Override
    Query query(Connection c, LocalDate today, AgeBuckets buckets, WorkingCalendar calendar) {
        List<Object> values = new ArrayList<>();
        String sums = bucketSums("c.since_day", "c.items", buckets, Date::valueOf, values);
        values.add(Date.valueOf(today));
        return new Query("SELECT c.department_id, c.kind, " + sums + ", SUM(CASE WHEN c.due_day < ? THEN c.items ELSE 0 END),"
                + " SUM(c.items) FROM pendency_count c WHERE c.items <> 0 GROUP BY c.department_id, c.kind", values);
    }
}
