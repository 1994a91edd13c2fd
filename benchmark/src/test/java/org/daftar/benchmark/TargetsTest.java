package org.daftar.benchmark;

import org.daftar.benchmark.load.Targets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness aims at what a generated district (400 files, in-memory Derby) really holds. */
class TargetsTest {
    private static final String URL = "jdbc:derby:memory:targets;create=true;territory=hi_IN;collation=TERRITORY_BASED:PRIMARY";
    private static Connection c;
    private static Targets targets;

    @TempDir
    static Path load;

    @BeforeAll
    static void generate() throws SQLException {
        c = DriverManager.getConnection(URL);
        new Generate().run(c, CsvTable.derby(c, URL, load), URL, null, null, 400, Instant.parse("2026-11-30T06:30:00Z"), 7);
        targets = Targets.find(c);
    }

    @AfterAll
    static void drop() throws SQLException {
        c.rollback();
        c.close();
        try {
            DriverManager.getConnection("jdbc:derby:memory:targets;drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database as an exception
        }
    }

    @Test
    void theBusiestDeskHoldsTheMostActiveItemsAndItsLoginHoldsIt() throws SQLException {
        long most = number("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM work_item WHERE status = 'ACTIVE' GROUP BY holder_post_id) t");
        assertThat((long) targets.busiest().pending()).isLessThanOrEqualTo(most).isGreaterThan(most / 2);
        assertThat(number("SELECT COUNT(*) FROM post_assignment a JOIN app_user u ON u.id = a.user_id "
                + "WHERE u.login_id = '" + targets.busiest().login() + "' AND a.post_id = " + targets.busiest().postId())).isEqualTo(1);
    }

    @Test
    void theTrackedFileHasTheMostMovements() throws SQLException {
        assertThat((long) targets.trackMovements()).isEqualTo(
                number("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM movement m JOIN efile f ON f.id = m.item_id GROUP BY m.item_id) t"));
    }

    @Test
    void everyFileToForwardIsActiveOnItsHoldersDeskAndGoesToTheOtherDeskOfItsPair() throws SQLException {
        assertThat(targets.slots()).isNotEmpty();
        assertThat(targets.forwardDesks().size() % 2).isZero();
        assertThat(targets.forwardDesks()).doesNotContain(targets.busiest());
        for (Targets.Slot s : targets.slots()) {
            assertThat(number("SELECT COUNT(*) FROM work_item WHERE status = 'ACTIVE' AND kind = 'FILE' AND id = " + s.fileId()
                    + " AND holder_post_id = " + s.holder().postId())).isEqualTo(1);
            assertThat(s.other()).isNotEqualTo(s.holder());
            assertThat(s.swapped().swapped()).isEqualTo(s);
        }
    }

    @Test
    void theSearchWordsAreHindiAndOccurInSubjects() throws SQLException {
        assertThat(targets.hindiWords()).isNotEmpty().allMatch(w -> w.codePoints().allMatch(cp -> cp >= 0x0900 && cp <= 0x097F));
        for (String word : targets.hindiWords()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM work_item WHERE subject LIKE ?")) {
                s.setString(1, "%" + word + "%");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertThat(r.getLong(1)).isPositive();
                }
            }
        }
    }

    private static long number(String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
