package org.daftar.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the pension cases that are due every morning at 06:30 in India, and once at start-up.
 * The timer is deliberately not persistent: on Payara Micro persistent timers live in the data grid
 * and are lost on restart (see STACK.md). Nothing is lost that way — the "deadline" is each
 * employee's retirement date in the database, a missed morning is caught up by the next run or
 * the next start-up, and opening is idempotent (one case per employee, guarded by a unique key),
 * also when two instances run it at once.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "DemoDistrictLoader"})
public class PensionCaseTrigger {

    private static final Logger LOG = Logger.getLogger(PensionCaseTrigger.class.getName());

    @EJB
    private PensionCases cases;

    /** At start-up, before the application takes requests: a restart after a missed morning catches up at once. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStartup() {
        run("start-up");
    }

    @Schedule(hour = "6", minute = "30", timezone = "Asia/Kolkata", persistent = false, info = "pension cases")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        run("daily");
    }

    private void run(String when) {
        try {
            int opened = cases.openDue();
            LOG.fine(() -> "Pension cases (" + when + "): " + opened + " opened");
        } catch (RuntimeException e) {
            // never let a bad row stop the application or kill the schedule; the next run tries again
            LOG.log(Level.WARNING, "Pension cases (" + when + ") not opened", e);
        }
    }
}
