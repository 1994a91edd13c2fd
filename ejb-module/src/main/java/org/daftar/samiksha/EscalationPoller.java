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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, fires the escalation rungs that are due (today in India, from the injected clock)
 * and sends queued mails. The timer is not persistent: the rungs are rows, so nothing is lost
 * while the server is down, and each fires once whichever server gets to it first.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EscalationPoller {

    private static final Logger LOG = Logger.getLogger(EscalationPoller.class.getName());
    private static final int BATCH = 500;

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
        poll();
    }

    /** Fires what is due now; returns how many rungs fired. Overlapping runs on one server are skipped. */
    public int poll() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            LocalDate today = clock.instant().atZone(WorkingCalendar.INDIA).toLocalDate();
            List<Long> due = em.createQuery("select s.id from EscalationStep s where s.status = :pending and s.dueOn <= :today "
                            + "order by s.dueOn, s.id", Long.class)
                    .setParameter("pending", EscalationStep.Status.PENDING).setParameter("today", today)
                    .setMaxResults(BATCH).getResultList();
            int fired = 0;
            for (Long id : due) {
                try {
                    if (firer.fire(id)) {
                        fired++;
                    }
                } catch (RuntimeException e) {
                    // another server fired it meanwhile, or a fault: the row stays as it is and is tried again
                    LOG.log(Level.WARNING, "escalation step " + id + " not fired now", e);
                }
            }
            outbox.sendPending();
            return fired;
        } finally {
            running.set(false);
        }
    }
}
