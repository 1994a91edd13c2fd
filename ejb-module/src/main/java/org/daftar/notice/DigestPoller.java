package org.daftar.notice;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The 09:00 digest on working days. Every minute (non-persistent timer: nothing to lose on a
 * restart) it asks whether today's digests are due and makes them for the people holding a post
 * who have no digest row for today yet; the rows make it once per person per day across restarts
 * and servers. The outbox's poller sends the mails.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DigestPoller {

    private static final Logger LOG = Logger.getLogger(DigestPoller.class.getName());
    private static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DigestWriter writer;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "daily digest")
    public void everyMinute() {
        poll();
    }

    /** Makes the digests due now (a batch per run); returns how many were written. */
    public int poll() {
        Optional<LocalDate> day = DailyDigest.dueDay(clock.instant(), workingDays.calendar());
        if (day.isEmpty() || !running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            // (whether the person is active is asked by the writer: EclipseLink binds a boolean as 1, which Derby refuses)
            List<Long> people = em.createQuery("select distinct pa.user.id from PostAssignment pa where pa.toDate is null "
                            + "and not exists (select d from DailyDigest d where d.user = pa.user and d.day = :day)", Long.class)
                    .setParameter("day", day.get()).setMaxResults(BATCH).getResultList();
            int written = 0;
            for (Long id : people) {
                try {
                    if (writer.write(id, day.get())) {
                        written++;
                    }
                } catch (RuntimeException e) {
                    // the other server made this one meanwhile (unique key), or a fault: tried again next minute if not made
                    LOG.log(Level.FINE, "digest of user " + id + " not made now", e);
                }
            }
            return written;
        } finally {
            running.set(false);
        }
    }
}
