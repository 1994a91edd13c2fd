package org.daftar.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.org.District;
import org.daftar.user.Passwords;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Logger;

/**
 * A new installation without the demo: creates the district (DAFTAR_DISTRICT_CODE, _NAME_EN,
 * _NAME_HI, DAFTAR_STATE) and one administrator, {@code admin}, who sets everything else up. The
 * administrator's first password is DAFTAR_ADMIN_PASSWORD, or else a random one written to
 * {@code first-admin-password.txt} in the data directory (never to the log); it must be changed
 * at the first login.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "DemoDistrictLoader"})
public class FirstRun {

    private static final Logger LOG = Logger.getLogger(FirstRun.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditLog audit;

    /**
     * Lets one server at a time set up an empty database: two instances started together on one
     * PostgreSQL both find no district, and both loaded it (two districts, every login twice). The
     * second now waits here until the first has committed, then finds the district. Held until the
     * end of the caller's transaction; Derby runs one server only and does not mind.
     */
    public static void oneServerAtATime(EntityManager em) {
        em.createNativeQuery("LOCK TABLE district IN EXCLUSIVE MODE").executeUpdate();
    }

    @PostConstruct
    void setUp() {
        oneServerAtATime(em);
        if (em.createQuery("select count(d) from District d", Long.class).getSingleResult() == 0) {
            em.persist(new District(Settings.get("daftar.district.code", "DIST"),
                    Settings.get("daftar.district.name.en", "District"),
                    Settings.get("daftar.district.name.hi", "ज़िला"),
                    Settings.get("daftar.state", "Chhattisgarh")));
        }
        boolean anyAdmin = !em.createQuery("select u from User u join u.roles r where r = :admin", User.class)
                .setParameter("admin", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
        if (anyAdmin) {
            return;
        }
        String given = Settings.get("daftar.admin.password", null);
        String password = given != null ? given : randomPassword();
        User admin = new User("admin", "ADM0001", "Administrator", "व्यवस्थापक");
        admin.setPassword(passwords.hash(password.toCharArray()), true);
        admin.grant(List.of(Role.ADMIN, Role.STAFF));
        em.persist(admin);
        audit.record("system", "USER_CREATED", "user:admin", "first administrator", null);
        if (given == null) {
            Path file = Path.of(Settings.get("daftar.data", "./daftar-data"), "first-admin-password.txt");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException | UnsupportedOperationException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
            LOG.warning(() -> "First administrator 'admin' created; the first password is in " + file.toAbsolutePath());
        } else {
            LOG.warning("First administrator 'admin' created with the password from DAFTAR_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
