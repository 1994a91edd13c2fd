package org.daftar.mis.discipline;

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
 * The 16:00 reminder on working days to those who have not yet disposed of today's files. Every
 * minute (non-persistent timer: nothing to lose on a restart) it asks whether today's reminders are
 * due and weighs the people holding a post who have no reminder row for today yet; the rows make it
 * once per person per day across restarts and servers. The outbox's poller sends the mails.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DisciplineReminderPoller {

    private static final Logger LOG = Logger.getLogger(DisciplineReminderPoller.class.getName());
    private static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DisciplineReminderWriter writer;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false, info = "daily discipline reminder")
    public void everyMinute() {
        poll();
    }

    /** Sends the reminders due now (a batch per run); returns how many people were reminded. */
    public int poll() {
        Optional<LocalDate> day = DisciplineReminder.dueDay(clock.instant(), workingDays.calendar());
        if (day.isEmpty() || !running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            List<Long> people = em.createQuery("select distinct pa.user.id from PostAssignment pa where pa.toDate is null "
                            + "and not exists (select r from DisciplineReminder r where r.user = pa.user and r.day = :day)", Long.class)
                    .setParameter("day", day.get()).setMaxResults(BATCH).getResultList();
            int reminded = 0;
            for (Long id : people) {
                try {
                    if (writer.remind(id, day.get())) {
                        reminded++;
                    }
                } catch (RuntimeException e) {
                    // the other server weighed this one meanwhile (unique key), or a fault: tried again next minute if not made
                    LOG.log(Level.FINE, "discipline reminder of user " + id + " not made now", e);
                }
            }
            return reminded;
        } finally {
            running.set(false);
        }
    }
}
