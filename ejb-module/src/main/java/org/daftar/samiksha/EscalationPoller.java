package org.daftar.samiksha;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.notice.MailOutbox;
import org.daftar.platform.Settings;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, fires the escalation rungs that are due (today in India, from the injected clock)
 * and sends queued mails; {@link #sweep()} fires everything due at once, in batches. The timer is not persistent: the rungs are rows, so nothing is lost
 * while the server is down, and each fires once whichever server gets to it first.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EscalationPoller {

    private static final Logger LOG = Logger.getLogger(EscalationPoller.class.getName());
    /** Rungs fired in one transaction: few enough that a fault costs a short retry one by one. */
    static final int BATCH = 200;
    /** At most this many rungs per run, so that one run cannot hold the timer for long; the next minute goes on. */
    static final int MAX_PER_RUN = 20_000;

    /** What a sweep found due and fired (the rest were moot, and are marked skipped). */
    public record Sweep(int due, int fired) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EscalationFirer firer;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false, info = "escalations and mail")
    public void everyMinute() {
        if (Settings.manualSweep()) {
            outbox.sendPending();
        } else {
            poll();
        }
    }

    /** Fires what is due now and sends queued mails; returns how many rungs fired. */
    public int poll() {
        int fired = sweep().fired();
        outbox.sendPending();
        return fired;
    }

    /**
     * Fires every rung due now (up to {@value #MAX_PER_RUN}), {@value #BATCH} to a transaction,
     * reading the due ones through the index on (status, due on). Overlapping runs on one server
     * are skipped; a second server waits for the rows this one has locked and then finds them done.
     */
    public Sweep sweep() {
        if (!running.compareAndSet(false, true)) {
            return new Sweep(0, 0);
        }
        try {
            long start = System.nanoTime();
            long startCpu = cpu();
            LocalDate today = clock.instant().atZone(WorkingCalendar.INDIA).toLocalDate();
            Set<Long> failed = new HashSet<>();
            int due = 0;
            int fired = 0;
            List<Long> ids;
            while (due < MAX_PER_RUN && !(ids = due(today, MAX_PER_RUN - due, failed)).isEmpty()) {
                due += ids.size();
                for (int from = 0; from < ids.size(); from += BATCH) {
                    fired += fire(ids.subList(from, Math.min(from + BATCH, ids.size())), failed);
                }
            }
            if (due > 0) {
                // the CPU time of this thread (embedded Derby works in it too) tells the sweep's cost apart from a busy machine's
                LOG.log(Level.INFO, "escalation sweep: {0} of {1} due rungs fired in {2} ms ({3} ms CPU)",
                        new Object[]{fired, due, (System.nanoTime() - start) / 1_000_000, (cpu() - startCpu) / 1_000_000});
            }
            return new Sweep(due, fired);
        } finally {
            running.set(false);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private List<Long> due(LocalDate today, int max, Set<Long> failed) {
        return em.createQuery("select s.id from EscalationStep s where s.status = :pending and s.dueOn <= :today "
                        + "order by s.dueOn, s.id", Long.class)
                .setParameter("pending", EscalationStep.Status.PENDING).setParameter("today", today)
                .setMaxResults(max + failed.size()).getResultStream().filter(id -> !failed.contains(id)).limit(max).toList();
    }

    /** One batch in one transaction; if that fails (a fault, or a deadlock with another server), each rung alone. */
    private int fire(List<Long> batch, Set<Long> failed) {
        try {
            return firer.fire(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a batch of " + batch.size() + " escalation steps is retried one by one", e);
        }
        int fired = 0;
        for (Long id : batch) {
            try {
                if (firer.fire(List.of(id)) > 0) {
                    fired++;
                }
            } catch (RuntimeException e) {
                // another server fired it meanwhile, or a fault: the row stays as it is and is tried again next minute
                failed.add(id);
                LOG.log(Level.WARNING, "escalation step " + id + " not fired now", e);
            }
        }
        return fired;
    }
}
