package org.daftar.mis.onboarding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.efile.Desks;
import org.daftar.mis.onboarding.OnboardingRows.DepartmentOnboarding;
import org.daftar.mis.onboarding.OnboardingRows.Employee;
import org.daftar.mis.onboarding.OnboardingRows.OnboardingReport;
import org.daftar.mis.onboarding.OnboardingRows.StepState;
import org.daftar.mis.onboarding.OnboardingRows.UnmappedPost;
import org.daftar.org.Department;
import org.daftar.platform.BusinessException;
import org.daftar.user.AssignmentKind;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The onboarding tracker: what each department has done to come onto e-Office. Anyone signed in
 * reads the summary; the department's nodal officer or head records its steps and ID cards and
 * sees who lacks one; the collector/ADM and the administrator do so for any department.
 */
@Stateless
public class OnboardingService {

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public OnboardingReport report() {
        List<Department> departments = em.createQuery("select d from Department d where d.active = :t order by d.code", Department.class)
                .setParameter("t", true).getResultList();
        Map<Long, Map<Step, OnboardingStep>> recorded = new HashMap<>();
        em.createQuery("select s from OnboardingStep s left join fetch s.person", OnboardingStep.class).getResultList()
                .forEach(s -> recorded.computeIfAbsent(s.getDepartment().getId(), k -> new HashMap<>()).put(s.getStep(), s));
        Map<Long, Long> posts = perDepartment("select d.id, count(p) from Post p join p.section s join s.department d"
                + " where p.active = :t group by d.id");
        Map<Long, Long> mapped = perDepartment("select d.id, count(distinct p.id)" + FROM_HELD + " group by d.id");
        Map<Long, Long> employees = perDepartment("select d.id, count(u)" + FROM_EMPLOYEES + " group by d.id");
        Map<Long, Object[]> cards = new HashMap<>();
        query("select d.id, count(u), max(c.issuedOn)" + FROM_CARDED + " group by d.id").getResultList()
                .forEach(r -> cards.put((Long) r[0], r));

        List<DepartmentOnboarding> rows = new ArrayList<>();
        int done = 0;
        for (Department d : departments) {
            Map<Step, OnboardingStep> r = recorded.getOrDefault(d.getId(), Map.of());
            long postCount = posts.getOrDefault(d.getId(), 0L);
            long people = employees.getOrDefault(d.getId(), 0L);
            OnboardingStep headcount = r.get(Step.HEADCOUNT);
            long declared = headcount == null || headcount.getHeadcount() == null ? 0 : headcount.getHeadcount();
            Object[] card = cards.getOrDefault(d.getId(), new Object[]{d.getId(), 0L, null});
            List<StepState> steps = new ArrayList<>();
            for (Step step : Step.values()) {
                steps.add(switch (step) {
                    case POSTS -> computed(step, mapped.getOrDefault(d.getId(), 0L), postCount, null);
                    case USER_IDS -> computed(step, people, declared, null);
                    case ID_CARDS -> computed(step, ((Number) card[1]).longValue(), people, (LocalDate) card[2]);
                    default -> recorded(step, r.get(step));
                });
            }
            int stepsDone = (int) steps.stream().filter(s -> s.step().isCounted() && s.done()).count();
            done += stepsDone;
            rows.add(new DepartmentOnboarding(d.getId(), d.getCode(), d.getName().getEn(), d.getName().getHi(), steps,
                    percent(stepsDone, COUNTED)));
        }
        return new OnboardingReport(rows, percent(done, COUNTED * departments.size()));
    }

    /** Records (or corrects) a step the department reports; {@code detail} is the e-mail address, the nodal officer's login ID, the headcount or a remark. */
    public void record(Long departmentId, Step step, LocalDate doneOn, String detail) {
        Department d = department(departmentId);
        User actor = mayRecord(d);
        if (step == null || !step.isRecorded()) {
            throw new BusinessException("onboarding.step.computed");
        }
        String text = detail == null ? null : detail.strip();
        User person = null;
        Integer headcount = null;
        switch (step) {
            case EMAIL -> {
                if (text == null || !text.toLowerCase(Locale.ROOT).matches(EMAIL) || text.length() > 120) {
                    throw new BusinessException("user.email.invalid");
                }
                text = text.toLowerCase(Locale.ROOT);
            }
            case NODAL -> {
                person = nodalOfficer(d, text);
                text = person.getLoginId();
            }
            case HEADCOUNT -> {
                headcount = headcount(text);
                text = null;
            }
            default -> {
                if (text != null && text.length() > 120) {
                    throw new BusinessException("import.cell.tooLong", 120);
                }
            }
        }
        OnboardingStep s = em.createQuery("select s from OnboardingStep s where s.department = :d and s.step = :s", OnboardingStep.class)
                .setParameter("d", d).setParameter("s", step).getResultStream().findFirst().orElse(null);
        if (s == null) {
            s = new OnboardingStep(d, step);
            em.persist(s);
        }
        User who = person;
        Integer count = headcount;
        String what = text;
        OnboardingStep row = s;
        guard(() -> row.record(doneOn, what, who, count, actor.getLoginId(), clock.instant(), LocalDate.now(clock)));
        audit.record(actor.getLoginId(), "ONBOARDING_" + step, "department:" + d.getCode(),
                doneOn + (what == null ? "" : " " + what) + (count == null ? "" : " " + count), null);
    }

    /** Records the ID card the state's portal issued to an employee (by employee code or login ID). */
    public void issueIdCard(String employee, String reference, LocalDate issuedOn) {
        String key = employee == null ? "" : employee.strip();
        User holder = em.createQuery("select u from User u where u.employeeCode = :c or u.loginId = :l", User.class)
                .setParameter("c", key.toUpperCase(Locale.ROOT)).setParameter("l", key.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound("user.notFound"));
        Department d = holder.primaryAssignment().map(a -> a.getPost().getDepartment())
                .orElseThrow(() -> new BusinessException("onboarding.idCard.noPost"));
        User actor = mayRecord(d);
        IdCard card = em.createQuery("select c from IdCard c where c.holder = :u", IdCard.class).setParameter("u", holder)
                .getResultStream().findFirst().orElse(null);
        if (card == null) {
            card = new IdCard(holder);
            em.persist(card);
        }
        IdCard c = card;
        guard(() -> c.issue(reference, issuedOn, actor.getLoginId(), clock.instant(), LocalDate.now(clock)));
        audit.record(actor.getLoginId(), "ID_CARD_RECORDED", "user:" + holder.getLoginId(), c.getReference() + " " + issuedOn, null);
    }

    /** The department's active posts nobody holds now. */
    public List<UnmappedPost> unmappedPosts(Long departmentId) {
        Department d = department(departmentId);
        mayRecord(d);
        Set<Long> held = new HashSet<>(query("select distinct p.id" + FROM_HELD + " and d = :d", Long.class)
                .setParameter("d", d).getResultList());
        return em.createQuery("select p.id, p.code, p.designation.en, p.designation.hi, s.name.en, s.name.hi from Post p"
                        + " join p.section s where s.department = :d and p.active = :t order by s.code, p.code", Object[].class)
                .setParameter("d", d).setParameter("t", true).getResultList().stream().filter(r -> !held.contains((Long) r[0]))
                .map(r -> new UnmappedPost((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    /** The department's employees (people whose primary post is in it) without an ID card. */
    public List<Employee> withoutIdCard(Long departmentId) {
        Department d = department(departmentId);
        mayRecord(d);
        Set<Long> carded = new HashSet<>(query("select u.id" + FROM_CARDED + " and d = :d", Long.class)
                .setParameter("d", d).getResultList());
        return query("select u.id, u.employeeCode, u.loginId, u.nameEn, u.nameHi" + FROM_EMPLOYEES + " and d = :d"
                + " order by u.employeeCode", Object[].class).setParameter("d", d).getResultList().stream()
                .filter(r -> !carded.contains((Long) r[0]))
                .map(r -> new Employee((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    /** The departments the caller may record for: all for the collector/ADM and the administrator, else their own (as head or nodal officer). */
    public List<Department> recordable() {
        User user = desks.caller();
        if (districtWide(user)) {
            return em.createQuery("select d from Department d where d.active = :t order by d.code", Department.class)
                    .setParameter("t", true).getResultList();
        }
        List<Department> own = new ArrayList<>();
        user.currentPosts().stream().map(p -> p.getDepartment()).filter(d -> !own.contains(d) && isOwn(user, d)).forEach(own::add);
        nodalOf(user).stream().filter(d -> !own.contains(d)).forEach(own::add);
        return own;
    }

    /** The caller, if they may record onboarding (or declare paper files) for {@code d}; refused otherwise. */
    public User mayRecord(Department d) {
        User user = desks.caller();
        if (mayRecord(user, d, nodalOf(user))) {
            return user;
        }
        throw BusinessException.forbidden("onboarding.notAllowed");
    }

    /** The collector/ADM and the administrator for any department; its head and its nodal officer for their own. */
    static boolean mayRecord(User user, Department d, List<Department> nodalOf) {
        return districtWide(user) || isOwn(user, d) || nodalOf.contains(d);
    }

    public Department department(Long id) {
        Department d = id == null ? null : em.find(Department.class, id);
        if (d == null) {
            throw BusinessException.notFound("org.notFound");
        }
        return d;
    }

    private static boolean districtWide(User user) {
        return user.getRoles().contains(Role.COLLECTOR) || user.getRoles().contains(Role.ADMIN);
    }

    private static boolean isOwn(User user, Department d) {
        return user.getRoles().contains(Role.HOD) && user.currentPosts().stream().anyMatch(p -> p.getDepartment().equals(d));
    }

    private List<Department> nodalOf(User user) {
        return em.createQuery("select s.department from OnboardingStep s where s.step = :s and s.person = :u", Department.class)
                .setParameter("s", Step.NODAL).setParameter("u", user).getResultList();
    }

    private User nodalOfficer(Department d, String login) {
        User u = login == null ? null : em.createQuery("select u from User u where u.loginId = :l", User.class)
                .setParameter("l", login.toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
        if (u == null || !u.isActive() || u.currentPosts().stream().noneMatch(p -> p.getDepartment().equals(d))) {
            throw new BusinessException("onboarding.nodal.unknown", login == null ? "" : login);
        }
        return u;
    }

    private static Integer headcount(String text) {
        try {
            int n = Integer.parseInt(org.daftar.org.Codes.asciiDigits(text == null ? "" : text));
            if (n > 0 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BusinessException("onboarding.headcount.invalid");
    }

    // --- counting ----------------------------------------------------------------------------------

    private static final int COUNTED = (int) java.util.Arrays.stream(Step.values()).filter(Step::isCounted).count();

    // Derby refuses boolean parameters inside EclipseLink's subqueries, so "not held" and "no card"
    // are counted as differences of joins, not with NOT EXISTS.

    /** People whose primary post is in the department: the department's employees. */
    private static final String FROM_EMPLOYEES = " from PostAssignment a join a.user u join a.post p join p.section s join s.department d"
            + " where a.toDate is null and a.kind = :primary and u.active = :t";
    /** Those of them with an ID card. */
    private static final String FROM_CARDED = " from IdCard c join c.holder u, PostAssignment a join a.post p join p.section s"
            + " join s.department d where a.user = u and a.toDate is null and a.kind = :primary and u.active = :t";
    /** Active posts someone active holds now (as primary post or additional charge). */
    private static final String FROM_HELD = " from PostAssignment a join a.user u join a.post p join p.section s join s.department d"
            + " where a.toDate is null and p.active = :t and u.active = :t";

    private Map<Long, Long> perDepartment(String jpql) {
        Map<Long, Long> counts = new HashMap<>();
        query(jpql).getResultList().forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private TypedQuery<Object[]> query(String jpql) {
        return query(jpql, Object[].class);
    }

    /** A query with the parameters these counts share: active (:t) and, where used, the primary post (:primary). */
    private <T> TypedQuery<T> query(String jpql, Class<T> type) {
        TypedQuery<T> q = em.createQuery(jpql, type).setParameter("t", true);
        return jpql.contains(":primary") ? q.setParameter("primary", AssignmentKind.PRIMARY) : q;
    }

    private static StepState recorded(Step step, OnboardingStep s) {
        return s == null ? new StepState(step, false, null, null, null, 0, 0)
                : new StepState(step, true, s.getDoneOn(), s.getRecordedBy(),
                step == Step.HEADCOUNT ? String.valueOf(s.getHeadcount()) : s.getDetail(), 0, 0);
    }

    /** A computed step is done when there is something to have and all of it is there. */
    private static StepState computed(Step step, long have, long need, LocalDate on) {
        boolean done = need > 0 && have >= need;
        return new StepState(step, done, done ? on : null, null, null, have, need);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }

    private static void guard(Runnable domainAction) {
        try {
            domainAction.run();
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
    }
}
