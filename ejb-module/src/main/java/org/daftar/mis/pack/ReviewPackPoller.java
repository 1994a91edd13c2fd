package org.daftar.mis.pack;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Monday 08:00 review pack. Every minute (non-persistent timer: nothing to lose on a restart)
 * it asks whether this week's automatic pack is due and not yet built; the pack's unique Monday
 * key makes it once a week across restarts and servers.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReviewPackPoller {

    private static final Logger LOG = Logger.getLogger(ReviewPackPoller.class.getName());

    @Inject
    private PackPress press;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false, info = "weekly review pack")
    public void everyMinute() {
        poll();
    }

    /** Builds this week's automatic pack if it is due and not built; returns whether this call built it. */
    public boolean poll() {
        Optional<LocalDate> monday = ReviewPack.dueMonday(clock.instant());
        if (monday.isEmpty() || !running.compareAndSet(false, true)) {
            return false;
        }
        try {
            return press.buildMonday(monday.get());
        } catch (RuntimeException e) {
            // the other server built it meanwhile (unique key), or a fault: tried again next minute if not built
            LOG.log(Level.FINE, "review pack of the week of " + monday.get() + " not built now", e);
            return false;
        } finally {
            running.set(false);
        }
    }
}
