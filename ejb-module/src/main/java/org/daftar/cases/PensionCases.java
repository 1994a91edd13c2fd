package org.daftar.cases;

import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyLedger;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Desks;
import org.daftar.org.Codes;
import org.daftar.platform.BusinessException;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.user.User;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pension cases: opened by Daftar before employees retire ({@link #openDue()}, daily and at
 * start-up), worked through by the establishment desk ({@link #markStep}), listed for the
 * time-limit meeting. A case names an employee and their retirement: the collector, ADMs and heads
 * of department see every department's cases, everybody else only those of the departments of
 * their own posts.
 */
@Stateless
public class PensionCases {

    private static final Logger LOG = Logger.getLogger(PensionCases.class.getName());
    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PensionCaseOpener opener;

    @Inject
    private Desks desks;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private SlaRules sla;

    @Inject
    private PendencyLedger pendency;

    /** Days before retirement a case is opened: the SLA rule ({@code DAFTAR_PENSION_LEAD_DAYS}, default 90, until one is set). */
    public int leadDays() {
        return sla.days(SlaKind.PENSION_LEAD, SlaKind.ALL);
    }

    /**
     * Opens a case for every active employee who retires within the lead days and has none yet;
     * idempotent, and safe with two server instances (each case in its own transaction, the unique
     * key on the employee decides). Returns the number opened by this call.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int openDue() {
        LocalDate today = today();
        int lead = leadDays();
        List<Long> due = em.createQuery("select u.id from User u where u.active = :active "
                        + "and u.dateOfRetirement >= :first and u.dateOfRetirement <= :last "
                        // not "not exists": its "select 1" makes EclipseLink inline the boolean as 1, which Derby refuses
                        + "and u.id not in (select c.employee.id from PensionCase c) "
                        + "order by u.dateOfRetirement, u.id", Long.class)
                .setParameter("active", true).setParameter("first", today)
                .setParameter("last", PensionRule.lastDueRetirement(today, lead))
                .getResultList();
        int opened = 0;
        for (Long id : due) {
            try {
                if (opener.open(id, today, lead)) {
                    opened++;
                }
            } catch (EJBException e) {
                // most likely another instance opened it at the same moment (unique key): then it exists
                boolean taken = em.find(User.class, id) != null && opener.exists(em.find(User.class, id));
                LOG.log(taken ? Level.FINE : Level.WARNING, e,
                        () -> "Pension case for user " + id + " not opened now" + (taken ? ": opened meanwhile elsewhere" : ""));
            }
        }
        if (opened > 0) {
            int n = opened;
            LOG.info(() -> n + " pension case(s) opened for employees retiring by " + PensionRule.lastDueRetirement(today, lead));
        }
        return opened;
    }

    /** Marks a step of the checklist done; only a holder of the case's post may. */
    public CaseRows.PensionCaseRow markStep(Long caseId, PensionStep step) {
        if (step == null) {
            throw new BusinessException("pensionCase.step.required");
        }
        PensionCase c = caseId == null ? null : em.find(PensionCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw BusinessException.notFound("pensionCase.notFound");
        }
        User user = desks.caller();
        if (!user.holds(c.getAssignedPost())) {
            throw BusinessException.forbidden("pensionCase.notHolder", c.getAssignedPost().getCode());
        }
        c.mark(step, user, clock.instant());
        pendency.refresh(PendencyKind.Source.PENSION_CASE, c.getId());
        audit.record(user.getLoginId(), "PENSION_STEP_DONE", "pension:" + c.getId(), step.name(), null);
        return CaseRows.PensionCaseRow.of(c, today());
    }

    public CaseRows.PensionCaseRow get(Long caseId) {
        PensionCase c = caseId == null ? null : em.find(PensionCase.class, caseId);
        if (c == null) {
            throw BusinessException.notFound("pensionCase.notFound");
        }
        User user = desks.caller();
        if (!CaseReaders.mayReadPensionCases(user, c.getDepartment())) {
            audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", "pension:" + c.getId(), "read", null);
            throw BusinessException.forbidden("pensionCase.otherDepartment", c.getDepartment().getCode());
        }
        return CaseRows.PensionCaseRow.of(c, today());
    }

    /** The departments whose cases the caller may list (codes): null for all. */
    public List<String> listableDepartments() {
        User user = desks.caller();
        return CaseReaders.readsAllPensionCases(user) ? null : CaseReaders.departmentsOf(user).stream().sorted().toList();
    }

    /**
     * Cases by status and department (either may be null: all the caller may see), the nearest
     * retirement first. A department that is not the caller's is refused, unless they see all.
     */
    public CaseRows.Page<CaseRows.PensionCaseRow> list(PensionStatus status, String departmentCode, int first, int max) {
        String dept = Codes.normalise(departmentCode == null || departmentCode.isBlank() ? null : departmentCode);
        User user = desks.caller();
        Set<String> mine = CaseReaders.readsAllPensionCases(user) ? null : CaseReaders.departmentsOf(user);
        if (dept != null && mine != null && !mine.contains(dept)) {
            audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", "pension-list:" + dept, "list", null);
            throw BusinessException.forbidden("pensionCase.otherDepartment", dept);
        }
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("c.status = :status");
        }
        if (dept != null) {
            conditions.add("c.department.code = :dept");
        } else if (mine != null) {
            conditions.add("c.department.code in :mine");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<PensionCase> q = em.createQuery("select c from PensionCase c" + where
                + " order by c.retirementDate, c.id", PensionCase.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from PensionCase c" + where, Long.class);
        if (status != null) {
            q.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (dept != null) {
            q.setParameter("dept", dept);
            count.setParameter("dept", dept);
        } else if (mine != null) {
            // an empty IN list is not SQL: a person without posts matches no department
            Set<String> codes = mine.isEmpty() ? Set.of("") : mine;
            q.setParameter("mine", codes);
            count.setParameter("mine", codes);
        }
        LocalDate today = today();
        List<CaseRows.PensionCaseRow> items = q.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE)).getResultList().stream()
                .map(c -> CaseRows.PensionCaseRow.of(c, today)).toList();
        return new CaseRows.Page<>(count.getSingleResult(), items);
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.INDIA).toLocalDate();
    }
}
