package org.daftar.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.platform.Settings;
import org.daftar.user.Passwords;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/** With DAFTAR_DEMO=true, an empty database gets the demo district on start-up; never a second time. */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoDistrictLoader {

    public static final String DEMO_PASSWORD = "Daftar@2026";
    private static final Logger LOG = Logger.getLogger(DemoDistrictLoader.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Settings.demo()) {
            return;
        }
        org.daftar.platform.FirstRun.oneServerAtATime(em);
        if (em.createQuery("select count(d) from District d", Long.class).getSingleResult() > 0) {
            LOG.info("Demo district not loaded: the database already has a district");
            return;
        }
        DemoDistrict demo = new DemoDistrict(LocalDate.now(clock));
        // One PBKDF2 hash for every demo account: 180 hashes at 600,000 iterations would take a
        // minute, and all demo accounts share the published demo password anyway.
        String hash = passwords.hash(DEMO_PASSWORD.toCharArray());
        demo.users().forEach(u -> u.setPassword(hash, false));
        em.persist(demo.district());
        demo.departments().forEach(em::persist);
        demo.sections().forEach(em::persist);
        demo.subjectHeads().forEach(em::persist);
        demo.posts().forEach(em::persist);
        demo.users().forEach(em::persist);
        demo.holidays().forEach(em::persist);
        String counts = demo.departments().size() + " departments, " + demo.sections().size() + " sections, "
                + demo.posts().size() + " posts, " + demo.users().size() + " users, " + demo.holidays().size() + " holidays";
        audit.record("system", "DEMO_LOADED", "district:" + demo.district().getCode(), counts, null);
        LOG.info(() -> "Demo district loaded: " + counts);
    }
}
