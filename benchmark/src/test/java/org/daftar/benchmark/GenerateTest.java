package org.daftar.benchmark;

import org.daftar.audit.AuditEntry;
import org.daftar.user.UserRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small district (400 files) generated into an in-memory Derby with a fixed "now", then checked as the app would read it. */
class GenerateTest {
    private static final String URL = "jdbc:derby:memory:generate;create=true;territory=hi_IN;collation=TERRITORY_BASED:PRIMARY";
    private static final Instant NOW = Instant.parse("2026-11-30T06:30:00Z");
    private static final int FILES = 400;
    private static Connection c;
    private static int[] busy;

    @TempDir
    static Path load;

    /** Through Derby's bulk import, as the generator loads a Derby district. */
    @BeforeAll
    static void generate() throws SQLException {
        c = DriverManager.getConnection(URL);
        busy = new Generate().run(c, CsvTable.derby(c, URL, load), URL, null, null, FILES, NOW, 7);
    }

    @AfterAll
    static void drop() throws SQLException {
        c.rollback();
        c.close();
        try {
            DriverManager.getConnection("jdbc:derby:memory:generate;drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database as an exception
        }
    }

    @Test
    void sizesFollowTheFileCount() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM efile")).isEqualTo(FILES);
        assertThat(count("SELECT COUNT(*) FROM receipt")).isEqualTo(3 * FILES);
        assertThat(count("SELECT COUNT(*) FROM instruction")).isEqualTo(FILES / 5);
        assertThat(count("SELECT COUNT(*) FROM movement")).isBetween(15L * FILES, 25L * FILES);
        assertThat(count("SELECT COUNT(*) FROM note")).isBetween(3L * FILES, 7L * FILES);
        assertThat(count("SELECT COUNT(*) FROM app_user")).isEqualTo(District.USERS);
        assertThat(count("SELECT COUNT(*) FROM post")).isEqualTo(District.POSTS);
    }

    @Test
    void usersPassTheApplicationsOwnRulesSoTheyCanLogIn() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT login_id, employee_code, name_en, name_hi, password_hash FROM app_user")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).matches(UserRules.LOGIN);
                assertThat(rs.getString(2)).matches(UserRules.EMPLOYEE_CODE);
                assertThat(rs.getString(3)).matches(UserRules.NAME_EN);
                assertThat(rs.getString(4)).matches(UserRules.NAME_HI);
                assertThat(rs.getString(5)).startsWith("PBKDF2WithHmacSHA256:600000:");
            }
        }
        assertThat(count("SELECT COUNT(*) FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE u.login_id = 'admin' AND r.role_name = 'ADMIN'")).isOne();
    }

    @Test
    void everyAuditChainVerifiesAsTheTrackPageChecksIt() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.item_id, a.seq, a.occurred_at, a.actor, a.audit_action, a.detail, a.prev_hash, a.hash,"
                     + " w.audit_seq, w.audit_hash FROM item_audit a JOIN work_item w ON w.id = a.item_id ORDER BY a.item_id, a.seq")) {
            long item = -1;
            String prev = null;
            int expected = 0;
            int rows = 0;
            while (rs.next()) {
                if (rs.getLong(1) != item) {
                    item = rs.getLong(1);
                    prev = AuditEntry.GENESIS;
                    expected = 1;
                }
                Instant at = rs.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC);
                String detail = rs.getString(6);
                assertThat(rs.getInt(2)).isEqualTo(expected++);
                assertThat(rs.getString(7)).isEqualTo(prev);
                assertThat(rs.getString(8)).isEqualTo(AuditEntry.sha256(Long.toString(item), rs.getString(2),
                        Long.toString(at.toEpochMilli()), rs.getString(4), rs.getString(5), detail == null ? "" : detail, prev));
                prev = rs.getString(8);
                if (rs.getInt(2) == rs.getInt(9)) {
                    assertThat(prev).as("head of item %d", item).isEqualTo(rs.getString(10));
                }
                rows++;
            }
            assertThat(rows).isGreaterThan(20 * FILES);
        }
    }

    @Test
    void movementsHappenOnWorkingDaysBeforeNow() throws SQLException {
        WorkDays days = new WorkDays(2022, 2027);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT moved_at FROM movement")) {
            while (rs.next()) {
                Instant at = rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC);
                assertThat(days.isWorking(LocalDate.ofInstant(at, Items.INDIA))).as("%s", at).isTrue();
                assertThat(at).isBeforeOrEqualTo(NOW).isAfter(NOW.minusSeconds(3L * 366 * 86_400));
            }
        }
    }

    @Test
    void mostFilesAreClosedAndAFewDesksHoldMostOfThePendency() throws SQLException {
        long pending = count("SELECT COUNT(*) FROM work_item WHERE status <> 'CLOSED'");
        assertThat(pending).isBetween(count("SELECT COUNT(*) FROM work_item") / 50, count("SELECT COUNT(*) FROM work_item") / 4);
        String busyIds = String.join(",", Arrays.stream(busy).mapToObj(p -> Long.toString(p + 1L)).toList());
        long onBusy = count("SELECT COUNT(*) FROM work_item WHERE status <> 'CLOSED' AND holder_post_id IN (" + busyIds + ")");
        assertThat(onBusy).as("pending on the %d busiest of %d desks", busy.length, District.POSTS).isGreaterThan(pending / 2);
    }

    @Test
    void numberSeriesContinueAfterTheLastNumberGiven() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM number_series n WHERE n.last_value <> (SELECT MAX(f.serial) FROM efile f"
                + " WHERE n.series_key = 'F/' || TRIM(CAST(f.subject_head_id AS CHAR(20))) || '/' || TRIM(CAST(f.file_year AS CHAR(4))))"
                + " AND n.series_key LIKE 'F/%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM number_series WHERE series_key LIKE 'F/%'")).isPositive();
    }

    @Test
    void aHandfulOfFilesWentBackAndForthTwoHundredTimesWithNotes() throws SQLException {
        String longLived = "SELECT item_id FROM movement GROUP BY item_id HAVING COUNT(*) = " + Items.LONG_TRACK;
        assertThat(count("SELECT COUNT(*) FROM (" + longLived + ") t")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM movement GROUP BY item_id) t")).isEqualTo(Items.LONG_TRACK);
        assertThat(count("SELECT COUNT(*) FROM efile f JOIN work_item w ON w.id = f.id WHERE w.last_seq = " + Items.LONG_TRACK
                + " AND f.last_para > 50 AND w.status = 'ACTIVE'")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM movement WHERE action = 'RETURN' AND item_id IN (" + longLived + ")")).isGreaterThan(100);
    }

    @Test
    void filesAreAlsoReturnedCalledBackAndParkedAsTheMovementRulesAllow() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM movement WHERE action = 'RETURN'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM movement WHERE action = 'PULL_BACK'")).isPositive();
        // a return goes back to the post the item last came from; a call-back to the post that sent it
        assertThat(count("SELECT COUNT(*) FROM movement m JOIN movement p ON p.item_id = m.item_id AND p.seq = m.seq - 1"
                + " WHERE m.action = 'PULL_BACK' AND (p.action NOT IN ('SEND', 'RETURN') OR m.to_post_id <> p.from_post_id"
                + " OR m.from_post_id <> p.to_post_id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM movement m WHERE m.action = 'RETURN' AND m.to_post_id NOT IN (SELECT p.from_post_id"
                + " FROM movement p WHERE p.item_id = m.item_id AND p.seq < m.seq AND p.action IN ('SEND', 'RETURN')"
                + " AND p.to_post_id = m.from_post_id)")).isZero();
        long parked = count("SELECT COUNT(*) FROM work_item WHERE status = 'PARKED'");
        assertThat(parked).isPositive().isEqualTo(count("SELECT COUNT(*) FROM work_item w JOIN movement m ON m.item_id = w.id"
                + " AND m.seq = w.last_seq WHERE w.status = 'PARKED' AND m.action = 'PARK' AND m.remark = w.status_reason"));
    }

    @Test
    void theEscalationPollerFindsTheOpenDeadlinesAndExactlyTheDueOnesWouldFire() throws SQLException {
        String today = "DATE('" + LocalDate.ofInstant(NOW, Items.INDIA) + "')";
        assertThat(count("SELECT COUNT(*) FROM escalation_step WHERE status = 'PENDING'")).isEqualTo(FILES / 5);
        // the poller's own question, and the step's own rule for firing (EscalationStep.fire)
        assertThat(count("SELECT COUNT(*) FROM escalation_step WHERE status = 'PENDING' AND due_on <= " + today)).isEqualTo(FILES / 200);
        assertThat(count("SELECT COUNT(*) FROM escalation_step s JOIN assignment a ON a.id = s.assignment_id"
                + " WHERE s.status = 'PENDING' AND s.due_on <= " + today + " AND a.status = 'OPEN'"
                + " AND (s.kind = 'REMIND' OR a.deadline < " + today + ")")).isEqualTo(FILES / 200);
        assertThat(count("SELECT COUNT(*) FROM escalation_step s JOIN assignment a ON a.id = s.assignment_id"
                + " WHERE s.status = 'PENDING' AND a.status <> 'OPEN'")).as("pending rungs of answered parts").isZero();
        assertThat(count("SELECT COUNT(*) FROM escalation_step WHERE status <> 'PENDING' AND due_on >= " + today)).isZero();
        assertThat(count("SELECT COUNT(*) FROM escalation_step WHERE (status = 'DONE') <> (fired_at IS NOT NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM escalation_step s WHERE status = 'DONE' AND NOT EXISTS (SELECT 1 FROM assignment_event e"
                + " WHERE e.assignment_id = s.assignment_id AND e.kind IN ('REMINDED', 'ESCALATED') AND e.occurred_at = s.fired_at)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM assignment a WHERE NOT EXISTS (SELECT 1 FROM assignment_event e"
                + " WHERE e.assignment_id = a.id AND e.kind = 'ISSUED')")).isZero();
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsADistrict() {
        assertThatThrownBy(() -> new Generate().run(c, Tables.jdbc(c), URL, null, null, 10, NOW, 1))
                .hasMessageContaining("empty");
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
