package org.daftar.cases;

import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyLedger;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.user.PostAssignment;
import org.daftar.user.User;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Opens one employee's pension case in a transaction of its own: when another server instance has
 * just opened the same case, only this insert fails (on the unique key), not the whole daily run.
 */
@Stateless
public class PensionCaseOpener {

    private static final Logger LOG = Logger.getLogger(PensionCaseOpener.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private PendencyLedger pendency;

    /** True when a case was opened now; false when none is due or the employee has one already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean open(Long userId, LocalDate today, int leadDays) {
        User u = em.find(User.class, userId);
        if (u == null || !u.isActive() || !PensionRule.isDue(u.getDateOfRetirement(), today, leadDays) || exists(u)) {
            return false;
        }
        Optional<Post> primary = u.primaryAssignment().map(PostAssignment::getPost);
        if (primary.isEmpty()) {
            LOG.warning(() -> "No pension case for " + u.getEmployeeCode() + " (retires " + u.getDateOfRetirement()
                    + "): no primary post, so no department; it is tried again at the next run");
            return false;
        }
        Department department = primary.get().getDepartment();
        List<Post> posts = em.createQuery("select p from Post p where p.section.department = :d", Post.class)
                .setParameter("d", department).getResultList();
        Optional<Post> desk = PensionRule.establishmentPost(department.getCode(), posts);
        if (desk.isEmpty()) {
            LOG.warning(() -> "No pension case for " + u.getEmployeeCode() + ": department " + department.getCode()
                    + " has neither an establishment staff post nor a head of department post");
            return false;
        }
        PensionCase c = new PensionCase(u, department, desk.get(), u.getDateOfRetirement(), clock.instant());
        em.persist(c);
        em.flush();
        pendency.refresh(PendencyKind.Source.PENSION_CASE, c.getId());
        audit.record("system", "PENSION_CASE_OPENED", "pension:" + c.getId(),
                u.getEmployeeCode() + " retires " + u.getDateOfRetirement() + "; desk " + desk.get().getCode(), null);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exists(User u) {
        return !em.createQuery("select c.id from PensionCase c where c.employee = :u", Long.class)
                .setParameter("u", u).setMaxResults(1).getResultList().isEmpty();
    }
}
