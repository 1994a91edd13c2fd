package org.daftar.jandarshan;

import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyLedger;
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
import org.daftar.efile.Document;
import org.daftar.efile.Documents;
import org.daftar.efile.Numbering;
import org.daftar.org.Codes;
import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The jandarshan / jansunwai register (जनदर्शन पंजी): the counter staff, officers, heads of
 * department and the collector register citizens' applications with the documents handed in; each
 * gets an acknowledgement number of the year, a deadline in working days by its category and is
 * marked to a post of the department, whose holder disposes of it with the reply given.
 *
 * <p>The citizen's particulars are personal data ({@link JandarshanApplication#mayBeReadBy}): any
 * signed-in employee may look an application up by its number, but others than the registering
 * person, the department's posts and the collector/ADMs see only its status, department and
 * deadline; the lists show a department's applications to its own posts, and all to the
 * collector/ADMs. Every change, and every refusal, goes into the audit chain.
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
    private Documents documents;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private PendencyLedger pendency;

    @Inject
    private SlaRules sla;

    /**
     * Registers an application. Refused with {@code jandarshan.duplicate} (409, naming the earlier
     * acknowledgement number) when the same mobile brought the same subject within the last ten
     * minutes, unless {@link NewApplication#confirmDuplicate()} says it is meant.
     */
    @RolesAllowed({Role.COLLECTOR_ROLE, Role.HOD_ROLE, Role.OFFICER_ROLE, Role.STAFF_ROLE})
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
        pendency.refresh(PendencyKind.Source.JANDARSHAN, a.getId());
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
        pendency.refresh(PendencyKind.Source.JANDARSHAN, a.getId());
        audit.record(user.getLoginId(), "JANDARSHAN_DISPOSED", ref(a), null, null);
        return JandarshanView.of(a, today());
    }

    /**
     * The application with this acknowledgement number, as typed (Devanagari digits, any case,
     * serial without zeros); without the citizen's particulars for a reader who may not see them.
     */
    public JandarshanView byAck(String ackNumber) {
        User user = desks.caller();
        JandarshanApplication a = find(ackNumber);
        return JandarshanView.of(a, today(), a.mayBeReadBy(user));
    }

    /** The acknowledgement slip of the application, a one-page A5 PDF, for those who may read the particulars. */
    public byte[] slip(String ackNumber) {
        return AckSlipPdf.render(AckSlip.of(readable(desks.caller(), ackNumber, "slip")));
    }

    /**
     * Checks, stores and keeps with the application a document the citizen handed in (PDF, JPEG or
     * PNG, see UploadCheck); refused with the upload's message, the application staying as it was.
     */
    public JandarshanView attach(String ackNumber, String fileName, InputStream content) {
        User user = desks.caller();
        JandarshanApplication a = readable(user, ackNumber, "attach");
        Document d = documents.storeUnattached(fileName, content, user);
        em.flush();
        a.attach(d);
        audit.record(user.getLoginId(), "JANDARSHAN_DOCUMENT_ADDED", ref(a), d.getFileName() + " sha256 " + d.getSha256(), null);
        return JandarshanView.of(a, today());
    }

    /** A document of the application, for those who may read its particulars. */
    public Document document(String ackNumber, Long documentId) {
        return readable(desks.caller(), ackNumber, "document").getDocuments().stream().filter(d -> d.getId().equals(documentId))
                .findFirst().orElseThrow(() -> BusinessException.notFound("document.notFound"));
    }

    /** The departments whose lists the caller may see: all for the collector and ADMs, else those of their posts. */
    public List<Department> listableDepartments() {
        User user = desks.caller();
        if (user.getRoles().contains(Role.COLLECTOR)) {
            return em.createQuery("select d from Department d where d.active = :yes order by d.code", Department.class)
                    .setParameter("yes", true).getResultList();
        }
        return user.currentPosts().stream().map(Post::getDepartment).distinct()
                .sorted(Comparator.comparing(Department::getCode)).toList();
    }

    /** Open applications, the earliest deadline first; {@code departmentCode} null: all the caller may see. */
    public List<JandarshanView> pending(String departmentCode, int first, int max) {
        return list(JandarshanStatus.OPEN, departmentCode, false, first, max);
    }

    /** Open applications past their deadline (today in India, from the clock), the most overdue first. */
    public List<JandarshanView> overdue(String departmentCode, int first, int max) {
        return list(JandarshanStatus.OPEN, departmentCode, true, first, max);
    }

    /**
     * Applications by status (null: any), department (null: all the caller may see) and, with
     * {@code overdueOnly}, only those open past their deadline; ordered by deadline, then registration.
     */
    public List<JandarshanView> list(JandarshanStatus status, String departmentCode, boolean overdueOnly, int first, int max) {
        LocalDate today = today();
        return selection(status, departmentCode, overdueOnly, "select a from JandarshanApplication a join fetch a.department"
                + " join fetch a.markedTo", " order by a.deadline, a.id", JandarshanApplication.class)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
                .getResultList().stream().map(a -> JandarshanView.of(a, today)).toList();
    }

    /** How many applications {@link #list} has in all, for paging. */
    public long count(JandarshanStatus status, String departmentCode, boolean overdueOnly) {
        return selection(status, departmentCode, overdueOnly, "select count(a) from JandarshanApplication a", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> selection(JandarshanStatus status, String departmentCode, boolean overdueOnly, String select,
                                        String order, Class<T> type) {
        User user = desks.caller();
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (departmentCode != null && !departmentCode.isBlank()) {
            Department department = department(departmentCode);
            if (!user.getRoles().contains(Role.COLLECTOR) && !departmentsOf(user).contains(department.getId())) {
                audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", "jandarshan-list:" + department.getCode(), "list", null);
                throw BusinessException.forbidden("jandarshan.list.otherDepartment", department.getCode());
            }
            where.add("a.department = :department");
            params.put("department", department);
        } else if (!user.getRoles().contains(Role.COLLECTOR)) {
            Set<Long> mine = departmentsOf(user);
            if (mine.isEmpty()) {
                mine = Set.of(-1L);
            }
            where.add("a.department.id in :mine");
            params.put("mine", mine);
        }
        if (overdueOnly) {
            status = JandarshanStatus.OPEN;
            where.add("a.deadline < :today");
            params.put("today", today());
        }
        if (status != null) {
            where.add("a.status = :status");
            params.put("status", status);
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order,
                type);
        params.forEach(q::setParameter);
        return q;
    }

    private static Set<Long> departmentsOf(User user) {
        return user.currentPosts().stream().map(p -> p.getDepartment().getId()).collect(Collectors.toSet());
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

    /** The application, when the caller may read its particulars; else refused and the refusal audited. */
    private JandarshanApplication readable(User user, String ackNumber, String what) {
        JandarshanApplication a = find(ackNumber);
        if (!a.mayBeReadBy(user)) {
            audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", ref(a), what, null);
            throw BusinessException.forbidden("jandarshan.particulars.notYours", a.getAckNumber());
        }
        return a;
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
