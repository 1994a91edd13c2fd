package org.daftar.mis.pend;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.platform.LockConflicts;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly reconciliation of the pendency read model, from 01:00 in India. Every minute
 * (non-persistent timer: nothing to lose on a restart) it asks whether tonight's run has been
 * claimed; the unique night of pendency_check lets exactly one server claim it, once per night,
 * also after a restart. A fresh installation (or an upgrade) gets its read model filled at its first minute.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PendencyCheckPoller {

    private static final Logger LOG = Logger.getLogger(PendencyCheckPoller.class.getName());
    static final LocalTime NIGHTLY_AT = LocalTime.of(1, 0);

    @Inject
    private PendencyCheck check;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false, info = "pendency reconciliation")
    public void everyMinute() {
        poll();
    }

    /**
     * Runs tonight's reconciliation if it is due and nobody has claimed it; true if this call ran it.
     * A read model never filled (a new installation, an upgrade) is filled at once, whatever the hour.
     * A run that lost a lock conflict (a deadlock with a user's change, a lock wait timed out) gives
     * the night back, and the next minute tries again; any other fault leaves the run unfinished on
     * the dashboard, for the administrator.
     */
    public boolean poll() {
        ZonedDateTime now = clock.instant().atZone(WorkingCalendar.INDIA);
        if (!due(now) || !running.compareAndSet(false, true)) {
            return false;
        }
        Long id = null;
        try {
            id = check.claimNight(now.toLocalDate());
            check.run(id);
            return true;
        } catch (RuntimeException e) {
            // the other server claimed the night meanwhile (unique key), or a fault: logged, the dashboard shows the run unfinished
            boolean conflict = id != null && LockConflicts.lost(e);
            LOG.log(conflict ? Level.WARNING : Level.INFO, "pendency reconciliation of " + now.toLocalDate() + " not run here"
                    + (conflict ? "; tried again next minute" : ""), e);
            if (conflict) {
                check.release(id);
            }
            return false;
        } finally {
            running.set(false);
        }
    }

    /** True when this server has no reconciliation running and none due now (the benchmark waits for this before it measures). */
    public boolean idle() {
        return !running.get() && !due(clock.instant().atZone(WorkingCalendar.INDIA));
    }

    private boolean due(ZonedDateTime now) {
        return (!now.toLocalTime().isBefore(NIGHTLY_AT) || check.last().isEmpty()) && !check.nightDone(now.toLocalDate());
    }
}
