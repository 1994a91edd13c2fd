package org.daftar.mis.pend;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.mis.pend.PendencyKind.Source;
import org.daftar.notice.Notices;
import org.daftar.persistence.InstantConverter;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reconciliation of the pendency read model: every pending item recounted from the live
 * tables (the truth the benchmark compares against too), compared with the read model, every
 * difference repaired; drift goes into the district audit log and to the administrators. Each run
 * is a row of pendency_check; the nightly one is claimed by its night (unique), so that it happens
 * once per night whichever server gets there first. The run also writes the day's snapshot of the
 * counters, the overdue trend's history.
 */
@Stateless
public class PendencyCheck {

    /** A run as the dashboard shows it (finishedAt null: running, or broken off). */
    public record Run(Long id, Instant startedAt, Instant finishedAt, String startedBy, int itemsChecked, int countersChecked,
                      int driftFound, int driftRepaired) {
    }

    public static final String SYSTEM = "system";
    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PendencyLedger ledger;

    @Inject
    private AuditLog audit;

    @Inject
    private Notices notices;

    @Inject
    private Clock clock;

    /** Claims tonight's run in its own transaction; fails (unique night) when another server already did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long claimNight(LocalDate night) {
        em.createNativeQuery("DELETE FROM pendency_check WHERE night = ?1 AND finished_at IS NULL AND started_at < ?2")
                .setParameter(1, Date.valueOf(night)).setParameter(2, INSTANTS.convertToDatabaseColumn(abandonedBefore())).executeUpdate();
        return start(night, SYSTEM);
    }

    /** Gives a claimed night back, unless its run finished: the next minute claims it again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(Long id) {
        em.createNativeQuery("DELETE FROM pendency_check WHERE id = ?1 AND finished_at IS NULL").setParameter(1, id).executeUpdate();
    }

    /**
     * Whether the night's run finished, or is claimed and may still be running. A claim left
     * unfinished for {@link #ABANDONED} was the run of a server that stopped (a first fill of a
     * million files takes half a minute): the night is claimed again, or the read model of a new
     * installation would stay empty until the next night.
     */
    public boolean nightDone(LocalDate night) {
        return !em.createNativeQuery("SELECT id FROM pendency_check WHERE night = ?1 AND (finished_at IS NOT NULL OR started_at >= ?2)")
                .setParameter(1, Date.valueOf(night)).setParameter(2, INSTANTS.convertToDatabaseColumn(abandonedBefore()))
                .getResultList().isEmpty();
    }

    static final java.time.Duration ABANDONED = java.time.Duration.ofHours(1);

    private Instant abandonedBefore() {
        return clock.instant().minus(ABANDONED);
    }

    /** A run now, on demand ({@code night} null) or for the night. */
    public Long start(LocalDate night, String by) {
        em.createNativeQuery("INSERT INTO pendency_check (night, started_at, started_by, items_checked, counters_checked, drift_found,"
                        + " drift_repaired) VALUES (?1, ?2, ?3, 0, 0, 0, 0)")
                .setParameter(1, night == null ? null : Date.valueOf(night))
                .setParameter(2, INSTANTS.convertToDatabaseColumn(clock.instant())).setParameter(3, by).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM pendency_check WHERE started_by = ?1").setParameter(1, by)
                .getSingleResult()).longValue();
    }

    /** Recounts, repairs and reports; returns the finished run. */
    public Run run(Long id) {
        PendencyLedger.Drift drift = PendencyLedger.NONE;
        for (Source source : Source.values()) {
            drift = drift.plus(ledger.recount(source));
        }
        Instant now = clock.instant();
        em.createNativeQuery("UPDATE pendency_check SET finished_at = ?1, items_checked = ?2, counters_checked = ?3, drift_found = ?4,"
                        + " drift_repaired = ?4 WHERE id = ?5")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(now)).setParameter(2, drift.itemsChecked())
                .setParameter(3, drift.countersChecked()).setParameter(4, drift.found()).setParameter(5, id).executeUpdate();
        if (drift.found() > 0) {
            List<String> args = List.of(String.valueOf(drift.items()), String.valueOf(drift.counters()));
            for (User admin : em.createQuery("select u from User u where :admin member of u.roles", User.class)
                    .setParameter("admin", Role.ADMIN).getResultList()) {
                if (admin.isActive()) {
                    notices.to(admin, "notice.pendencyDrift", args, "/mis/dashboard.xhtml", false);
                }
            }
            // recorded after the notices: see AuditLog#record
            String detail = "items " + drift.items() + ", counters " + drift.counters() + " repaired";
            audit.record(SYSTEM, "PENDENCY_DRIFT", "pendency-check:" + id, detail, null);
        }
        snapshot(now.atZone(WorkingCalendar.INDIA).toLocalDate());
        // this run's row, not the latest started: another run (the nightly one on the other server) may have started since
        return first(em.createNativeQuery(RUN_COLUMNS + " WHERE id = ?1").setParameter(1, id)).orElseThrow();
    }

    /** The run started last (the dashboard shows it). */
    public Optional<Run> last() {
        return first(em.createNativeQuery(RUN_COLUMNS + " ORDER BY started_at DESC, id DESC").setMaxResults(1));
    }

    private static final String RUN_COLUMNS = "SELECT id, started_at, finished_at, started_by, items_checked, counters_checked,"
            + " drift_found, drift_repaired FROM pendency_check";

    private static Optional<Run> first(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(o -> (Object[]) o).findFirst().map(r -> new Run(((Number) r[0]).longValue(),
                INSTANTS.convertToEntityAttribute((java.sql.Timestamp) r[1]), INSTANTS.convertToEntityAttribute((java.sql.Timestamp) r[2]),
                (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue()));
    }

    /** The day's counts per department and kind, overdue as of that day: one row each, the latest run's. */
    private void snapshot(LocalDate day) {
        Date d = Date.valueOf(day);
        em.createNativeQuery("DELETE FROM pendency_snapshot WHERE snap_day = ?1").setParameter(1, d).executeUpdate();
        em.createNativeQuery("INSERT INTO pendency_snapshot (snap_day, department_id, kind, pending, overdue)"
                        + " SELECT CAST(?1 AS DATE), department_id, kind, SUM(items), SUM(CASE WHEN due_day < ?1 THEN items ELSE 0 END)"
                        + " FROM pendency_count WHERE items <> 0 GROUP BY department_id, kind")
                .setParameter(1, d).executeUpdate();
    }
}
