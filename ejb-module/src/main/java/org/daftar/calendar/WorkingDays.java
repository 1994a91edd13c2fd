package org.daftar.calendar;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The district's working calendar for everyone who counts deadlines. Read often, changed a few
 * times a year: it is kept in memory and re-read after a change here, or after a minute (another
 * server instance may have changed it).
 */
@Singleton
@Lock(LockType.READ)
public class WorkingDays {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private volatile WorkingCalendar calendar;
    private volatile Instant loadedAt = Instant.MIN;

    public WorkingCalendar calendar() {
        WorkingCalendar c = calendar;
        if (c == null || clock.instant().isAfter(loadedAt.plus(FRESH_FOR))) {
            c = load();
        }
        return c;
    }

    public LocalDate addWorkingDays(LocalDate start, int n) {
        return calendar().addWorkingDays(start, n);
    }

    public int workingDaysBetween(Instant from, Instant to) {
        return calendar().workingDaysBetween(from, to);
    }

    public void changed() {
        calendar = null;
    }

    private WorkingCalendar load() {
        WorkingCalendar c = new WorkingCalendar(
                em.createQuery("select r from WeeklyOffRule r", WeeklyOffRule.class).getResultList(),
                em.createQuery("select h.day from Holiday h", LocalDate.class).getResultList());
        calendar = c;
        loadedAt = clock.instant();
        return c;
    }
}
