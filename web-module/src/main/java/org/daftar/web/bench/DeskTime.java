package org.daftar.web.bench;

import org.daftar.calendar.WeeklyOffRule;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Priority;
import org.daftar.platform.Settings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The holiday calendar, read once (the application's WorkingDays also keeps it in memory), and the
 * desk-time limits per priority, read on every call (as the application's SlaRules does).
 */
final class DeskTime {

    private static volatile WorkingCalendar calendar;

    private DeskTime() {
    }

    static WorkingCalendar calendar(Connection c) throws SQLException {
        WorkingCalendar cal = calendar;
        if (cal == null) {
            List<WeeklyOffRule> rules = new ArrayList<>();
            List<java.time.LocalDate> holidays = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT rule_year, sundays_off, saturdays_off FROM weekly_off_rule")) {
                    while (rs.next()) {
                        rules.add(new WeeklyOffRule(rs.getInt(1), rs.getBoolean(2), Arrays.stream(rs.getString(3).split(","))
                                .filter(n -> !n.isBlank()).mapToInt(n -> Integer.parseInt(n.strip())).toArray()));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT holiday_date FROM holiday")) {
                    while (rs.next()) {
                        holidays.add(rs.getDate(1).toLocalDate());
                    }
                }
            }
            cal = new WorkingCalendar(rules, holidays);
            calendar = cal;
        }
        return cal;
    }

    /** Working days a desk may hold an item, by priority name. */
    static Map<String, Integer> deskLimits(Connection c) throws SQLException {
        Map<String, Integer> limits = new HashMap<>();
        for (Priority p : Priority.values()) {
            limits.put(p.name(), Settings.deskLimitDays(p));
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rule_key, working_days FROM sla_rule WHERE kind = 'DESK'")) {
            while (rs.next()) {
                limits.put(rs.getString(1).strip(), rs.getInt(2));
            }
        }
        return limits;
    }
}
