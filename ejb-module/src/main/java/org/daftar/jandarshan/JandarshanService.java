package org.daftar.jandarshan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.efile.Desks;
import org.daftar.efile.Numbering;
import org.daftar.org.Codes;
import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The jandarshan / jansunwai register (जनदर्शन पंजी): the collector, ADMs, heads of department and
 * officers register citizens' applications; each gets an acknowledgement number of the year, a
 * deadline in working days by its category and is marked to a post of the department, whose
 * holder disposes of it with the reply given. Any signed-in employee may look an application up
 * by its number and see the pending and overdue lists. Every change goes into the audit chain.
 */
@Stateless
public class JandarshanService {

    /** The longest page a list returns. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private Numbering numbering;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private SlaRules sla;

    /**
     * Registers an application. Refused with {@code jandarshan.duplicate} (409, naming the earlier
     * acknowledgement number) when the same mobile brought the same subject within the last ten
     * minutes, unless {@link NewApplication#confirmDuplicate()} says it is meant.
     */
    @RolesAllowed({Role.COLLECTOR_ROLE, Role.HOD_ROLE, Role.OFFICER_ROLE})
    public JandarshanView register(NewApplication f) {
        if (f == null) {
            throw new BusinessException("jandarshan.applicantName.required");
        }
        User user = desks.caller();
        Instant now = clock.instant();
        // everything typed is checked before a number is taken, so a refusal never uses one up
        Particulars who = Particulars.of(f.applicantName(), f.relativeName(), f.village(), f.mobile(), f.subject());
        Department department = department(f.department());
        if (f.category() == null) {
            throw new BusinessException("jandarshan.category.required");
        }
        Post markedTo = markedPost(department, f.markedTo());
        if (!f.confirmDuplicate()) {
            em.createNamedQuery("Jandarshan.recentByMobile", JandarshanApplication.class)
                    .setParameter("mobile", who.mobile())
                    .setParameter("since", now.minus(JandarshanApplication.DUPLICATE_WINDOW))
                    .getResultList().stream().filter(a -> a.isDuplicateOf(who, now)).findFirst()
                    .ifPresent(a -> {
                        throw BusinessException.conflict("jandarshan.duplicate", a.getAckNumber());
                    });
        }
        int year = now.atZone(WorkingCalendar.INDIA).getYear();
        int serial = numbering.next(JandarshanApplication.ACK_PREFIX + "/" + year);
        LocalDate deadline = JandarshanApplication.deadline(workingDays.calendar(), now, limit(f.category()));
        JandarshanApplication a = new JandarshanApplication(year, serial, who, department, f.category(), markedTo, now,
                deadline, user);
        em.persist(a);
        em.flush();
        audit.record(user.getLoginId(), "JANDARSHAN_REGISTERED", ref(a), department.getCode() + " " + f.category()
                + " to " + markedTo.getCode() + " due " + deadline + (f.confirmDuplicate() ? " (duplicate confirmed)" : ""), null);
        return JandarshanView.of(a, today());
    }

    /** Disposes of an application with the reply given; only a holder of the marked post may. */
    public JandarshanView dispose(String ackNumber, String reply) {
        User user = desks.caller();
        JandarshanApplication a = find(ackNumber);
        try {
            a.dispose(user, clock.instant(), reply);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.FORBIDDEN) {
                audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", ref(a), "dispose", null);
            }
            throw e;
        }
        em.flush();
        audit.record(user.getLoginId(), "JANDARSHAN_DISPOSED", ref(a), null, null);
        return JandarshanView.of(a, today());
    }

    /** The application with this acknowledgement number, as typed (Devanagari digits, any case, serial without zeros). */
    public JandarshanView byAck(String ackNumber) {
        desks.caller();
        return JandarshanView.of(find(ackNumber), today());
    }

    /** The acknowledgement slip of the application, a one-page A5 PDF. */
    public byte[] slip(String ackNumber) {
        desks.caller();
        return AckSlipPdf.render(AckSlip.of(find(ackNumber)));
    }

    /** Open applications, the earliest deadline first; {@code departmentCode} null: all departments. */
    public List<JandarshanView> pending(String departmentCode, int first, int max) {
        return list(JandarshanStatus.OPEN, departmentCode, false, first, max);
    }

    /** Open applications past their deadline (today in India, from the clock), the most overdue first. */
    public List<JandarshanView> overdue(String departmentCode, int first, int max) {
        return list(JandarshanStatus.OPEN, departmentCode, true, first, max);
    }

    /**
     * Applications by status (null: any), department (null: all) and, with {@code overdueOnly},
     * only those open past their deadline; ordered by deadline, then registration.
     */
    public List<JandarshanView> list(JandarshanStatus status, String departmentCode, boolean overdueOnly, int first, int max) {
        desks.caller();
        LocalDate today = today();
        Department department = departmentCode == null || departmentCode.isBlank() ? null : department(departmentCode);
        StringBuilder jpql = new StringBuilder(
                "select a from JandarshanApplication a join fetch a.department join fetch a.markedTo where 1 = 1");
        if (overdueOnly) {
            status = JandarshanStatus.OPEN;
            jpql.append(" and a.deadline < :today");
        }
        if (status != null) {
            jpql.append(" and a.status = :status");
        }
        if (department != null) {
            jpql.append(" and a.department = :department");
        }
        jpql.append(" order by a.deadline, a.id");
        TypedQuery<JandarshanApplication> q = em.createQuery(jpql.toString(), JandarshanApplication.class);
        if (overdueOnly) {
            q.setParameter("today", today);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        if (department != null) {
            q.setParameter("department", department);
        }
        return q.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
                .getResultList().stream().map(a -> JandarshanView.of(a, today)).toList();
    }

    /** The time limit of each category in working days (the SLA rules; the default where none is set). */
    public Map<JandarshanCategory, Integer> limits() {
        Map<String, Integer> days = sla.days(SlaKind.JANDARSHAN);
        Map<JandarshanCategory, Integer> result = new EnumMap<>(JandarshanCategory.class);
        for (JandarshanCategory c : JandarshanCategory.values()) {
            result.put(c, days.get(c.name()));
        }
        return result;
    }

    /** Sets the time limit of a category (an SLA rule); applies to applications registered from now on. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void setLimit(JandarshanCategory category, int days) {
        if (category == null) {
            throw new BusinessException("jandarshan.category.required");
        }
        sla.change(List.of(new SlaRules.Change(SlaKind.JANDARSHAN, category.name(), days)));
    }

    private int limit(JandarshanCategory category) {
        return sla.days(SlaKind.JANDARSHAN, category.name());
    }

    private JandarshanApplication find(String typed) {
        String ack = JandarshanApplication.canonicalAck(typed)
                .orElseThrow(() -> BusinessException.notFound("jandarshan.notFound", typed == null ? "" : typed.strip()));
        return em.createNamedQuery("Jandarshan.byAck", JandarshanApplication.class).setParameter("ack", ack)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("jandarshan.notFound", ack));
    }

    private Department department(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("jandarshan.department.required");
        }
        String c = Codes.normalise(code);
        return em.createNamedQuery("Department.byCode", Department.class).setParameter("code", c)
                .getResultStream().filter(Department::isActive).findFirst()
                .orElseThrow(() -> new BusinessException("jandarshan.department.unknown", c));
    }

    /** The post named, or by convention the department's head ({@code <DEPT>-HOD}). */
    private Post markedPost(Department department, String postCode) {
        boolean named = postCode != null && !postCode.isBlank();
        String code = named ? Codes.normalise(postCode) : department.getCode() + "-HOD";
        Post post = em.createNamedQuery("Post.byCode", Post.class).setParameter("code", code)
                .getResultStream().filter(Post::isActive).findFirst().orElse(null);
        if (post == null) {
            throw named ? new BusinessException("jandarshan.markedTo.unknown", code)
                    : new BusinessException("jandarshan.markedTo.required", department.getCode());
        }
        return post;
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.INDIA).toLocalDate();
    }

    private static String ref(JandarshanApplication a) {
        return "jandarshan:" + a.getAckNumber();
    }
}
