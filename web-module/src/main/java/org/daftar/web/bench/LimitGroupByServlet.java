package org.daftar.web.bench;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Priority;
import org.daftar.mis.pend.AgeBuckets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /bench/limit/groupby}: the dashboard's file and receipt figures without the read
 * model — what it would cost to count them live: each pending item's arrival on its desk is the
 * latest movement that brought it there (a GROUP BY over all movements), joined to the item, its
 * holder and the holder's department. (A parked item taken off the shelf counts from then here;
 * the read model keeps its arrival.)
 */
public class LimitGroupByServlet extends DistrictFigures {

    @Override
    Query query(Connection c, LocalDate today, AgeBuckets buckets, WorkingCalendar calendar) throws SQLException {
        List<Object> values = new ArrayList<>();
        String sums = bucketSums("a.since", "1", buckets, day -> timestamp(day.atStartOfDay(WorkingCalendar.INDIA).toInstant()), values);
        List<String> overdue = new ArrayList<>();
        Map<String, Integer> limits = DeskTime.deskLimits(c);
        for (Priority p : Priority.values()) {
            overdue.add("(w.priority = ? AND a.since < ?)");
            values.add(p.name());
            values.add(timestamp(firstDayNotOverdue(today, limits.get(p.name()), calendar).atStartOfDay(WorkingCalendar.INDIA).toInstant()));
        }
        return new Query("SELECT s.department_id, w.kind, " + sums + ", SUM(CASE WHEN " + String.join(" OR ", overdue)
                + " THEN 1 ELSE 0 END), COUNT(*)"
                + " FROM (SELECT m.item_id, MAX(m.moved_at) AS since FROM movement m"
                + " WHERE m.action IN ('CREATE', 'SEND', 'RETURN', 'PULL_BACK', 'REOPEN') GROUP BY m.item_id) a"
                + " JOIN work_item w ON w.id = a.item_id JOIN post p ON p.id = w.holder_post_id JOIN org_section s ON s.id = p.section_id"
                + " WHERE w.status IN ('ACTIVE', 'PARKED') GROUP BY s.department_id, w.kind", values);
    }

    /** The earliest arrival day whose desk due day ({@link AgeBuckets#deskDue}) is not before today. */
    private static LocalDate firstDayNotOverdue(LocalDate today, int limit, WorkingCalendar calendar) {
        LocalDate day = today;
        while (!AgeBuckets.deskDue(day.minusDays(1), limit, calendar).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
