package org.daftar.mis.discipline;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.notice.DigestWriter;
import org.daftar.notice.Notices;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.user.User;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;

/**
 * Weighs one person for one day's 16:00 reminder in a transaction of its own: the
 * {@link DisciplineReminder} row first (the unique key (user, day) makes a second server's attempt
 * fail and roll back), then, for an employee not on leave who has disposed of fewer than N today,
 * the {@code notice.discipline} notification whose mail the outbox sends in their language.
 */
@Stateless
public class DisciplineReminderWriter {

    public static final String KEY = "notice.discipline";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notices notices;

    @Inject
    private SlaRules sla;

    @Inject
    private Clock clock;

    /** Returns whether the person was reminded (false: already weighed, on leave, no employee, or enough disposed of). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(Long userId, LocalDate day) {
        User user = em.find(User.class, userId);
        if (user == null || weighed(user, day)) {
            return false;
        }
        em.persist(new DisciplineReminder(user, day, clock.instant()));
        em.flush();
        if (!user.isActive() || user.currentPosts().isEmpty()
                || Collections.disjoint(user.getRoles(), DisciplineRule.EMPLOYEE_ROLES) || onLeave(user, day)) {
            return false;
        }
        long disposed = em.createQuery("select count(d) from Disposal d where d.userId = :u and d.workDate = :day", Long.class)
                .setParameter("u", user.getId()).setParameter("day", day).getSingleResult();
        int minimum = sla.days(SlaKind.DAILY_DISPOSALS, SlaKind.ALL);
        if (disposed >= minimum) {
            return false;
        }
        notices.to(user, KEY, List.of(DATE.format(day), Long.toString(disposed), Integer.toString(minimum),
                DigestWriter.baseUrl() + "/mis/discipline.xhtml"), "mis/discipline.xhtml", true);
        return true;
    }

    private boolean weighed(User user, LocalDate day) {
        return !em.createQuery("select r.id from DisciplineReminder r where r.user = :u and r.day = :day", Long.class)
                .setParameter("u", user).setParameter("day", day).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean onLeave(User user, LocalDate day) {
        return !em.createQuery("select l.id from Leave l where l.person = :u and l.fromDate <= :day and l.toDate >= :day", Long.class)
                .setParameter("u", user).setParameter("day", day).setMaxResults(1).getResultList().isEmpty();
    }
}
