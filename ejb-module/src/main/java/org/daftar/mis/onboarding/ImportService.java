package org.daftar.mis.onboarding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.mis.onboarding.ImportJob.Failure;
import org.daftar.mis.onboarding.ImportJob.Imported;
import org.daftar.mis.onboarding.RowCheck.Checked;
import org.daftar.mis.onboarding.RowCheck.Entry;
import org.daftar.mis.onboarding.RowCheck.ExistingPost;
import org.daftar.mis.onboarding.RowCheck.Status;
import org.daftar.org.Codes;
import org.daftar.org.OrgService;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;
import org.daftar.user.UserForm;
import org.daftar.user.UserService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The administrator's bulk import of posts and employees: check every row, then create what is
 * new in one transaction through the same services as the administrator's pages (so the same
 * rules, audit entries and first-login password change apply). Rows already imported are left alone.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgService org;

    @Inject
    private UserService users;

    @Resource
    private SessionContext ctx;

    public List<Checked> preview(List<ImportRow> rows) {
        return RowCheck.check(rows, directory(rows));
    }

    /** Runs {@link #importAll} in the background; {@code job} tells the page how far it got and how it ended. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void start(List<ImportRow> rows, String initialPassword, ImportJob job) {
        try {
            job.finish(ctx.getBusinessObject(ImportService.class).importAll(rows, initialPassword, job));
        } catch (RowFailed e) {
            job.fail(new Failure(e.line, e.key(), List.of(e.args())));
        } catch (BusinessException e) {
            job.fail(new Failure(0, e.key(), List.of(e.args())));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "import failed and was rolled back", e);
            job.fail(new Failure(0, "import.failed.unexpected", List.of()));
        }
    }

    /**
     * Creates the new posts and people of {@code rows}, all or nothing: the rows are checked again
     * here, inside the transaction, and any row that fails now (say a login ID taken meanwhile)
     * rolls everything back.
     */
    public Imported importAll(List<ImportRow> rows, String initialPassword, ImportJob job) {
        RowCheck.Directory directory = directory(rows);
        List<Checked> checked = RowCheck.check(rows, directory);
        for (Checked c : checked) {
            if (c.status() == Status.ERROR) {
                RowCheck.Problem p = c.problems().get(0);
                throw new RowFailed(c.row().line(), p.key(), p.args().toArray());
            }
        }
        Map<String, Long> created = new HashMap<>();
        int posts = 0;
        int people = 0;
        for (Checked c : checked) {
            if (c.newPost()) {
                Entry e = c.entry();
                ExistingPost superior = e.reportsTo() == null ? null : directory.post(e.reportsTo());
                created.put(e.post(), guarded(c, () -> org.savePost(null, e.sectionId(), e.post(), e.postEn(), e.postHi(),
                        superior == null ? null : superior.id(), true).getId()));
                posts++;
            }
        }
        for (Checked c : checked) {
            Entry e = c.entry();
            if (c.newPost() && e.reportsTo() != null && created.containsKey(e.reportsTo())) {
                guarded(c, () -> org.savePost(created.get(e.post()), e.sectionId(), e.post(), e.postEn(), e.postHi(),
                        created.get(e.reportsTo()), true));
            }
            if (c.newUser()) {
                Long postId = created.containsKey(e.post()) ? created.get(e.post()) : directory.post(e.post()).id();
                guarded(c, () -> users.save(form(e, initialPassword, postId)));
                people++;
            }
            job.advance();
        }
        return new Imported(posts, people, (int) checked.stream().filter(c -> c.status() == Status.PRESENT).count());
    }

    private static UserForm form(Entry e, String initialPassword, Long postId) {
        UserForm f = new UserForm();
        f.setLoginId(e.login());
        f.setEmployeeCode(e.employeeCode());
        f.setNameEn(e.nameEn());
        f.setNameHi(e.nameHi());
        f.setEmail(e.email());
        f.setMobile(e.mobile());
        f.setRoles(new ArrayList<>(e.roles()));
        f.setPrimaryPostId(postId);
        f.setInitialPassword(initialPassword);
        return f;
    }

    private static <T> T guarded(Checked c, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RowFailed e) {
            throw e;
        } catch (BusinessException e) {
            throw new RowFailed(c.row().line(), e.key(), e.args());
        }
    }

    // --- what the database holds, for the rows at hand --------------------------------------------

    private RowCheck.Directory directory(List<ImportRow> rows) {
        Set<String> departments = new HashSet<>(em.createQuery("select d.code from Department d", String.class).getResultList());
        Map<String, Long> sections = new HashMap<>();
        for (Object[] s : em.createQuery("select d.code, s.code, s.id from Section s join s.department d", Object[].class).getResultList()) {
            sections.put(s[0] + "/" + s[1], (Long) s[2]);
        }
        Map<String, ExistingPost> posts = new HashMap<>();
        Map<String, String> codeOfLogin = new HashMap<>();
        Map<String, String> loginOfCode = new HashMap<>();
        Set<String> postCodes = new LinkedHashSet<>();
        Set<String> logins = new LinkedHashSet<>();
        Set<String> employeeCodes = new LinkedHashSet<>();
        for (ImportRow r : rows) {
            add(postCodes, Codes.normalise(r.get(ImportColumn.POST)));
            add(postCodes, Codes.normalise(r.get(ImportColumn.REPORTS_TO)));
            add(logins, r.get(ImportColumn.LOGIN) == null ? null : r.get(ImportColumn.LOGIN).toLowerCase(Locale.ROOT));
            add(employeeCodes, r.get(ImportColumn.EMPLOYEE_CODE) == null ? null : r.get(ImportColumn.EMPLOYEE_CODE).toUpperCase(Locale.ROOT));
        }
        for (List<String> chunk : chunks(postCodes)) {
            em.createQuery("select p.code, p.id, p.section.id from Post p where p.code in :c", Object[].class)
                    .setParameter("c", chunk).getResultList()
                    .forEach(p -> posts.put((String) p[0], new ExistingPost((Long) p[1], (Long) p[2])));
        }
        for (List<String> chunk : chunks(logins)) {
            people("u.loginId", chunk).forEach(u -> codeOfLogin.put((String) u[0], (String) u[1]));
        }
        for (List<String> chunk : chunks(employeeCodes)) {
            people("u.employeeCode", chunk).forEach(u -> loginOfCode.put((String) u[1], (String) u[0]));
        }
        return new RowCheck.Directory() {
            public boolean hasDepartment(String code) { return departments.contains(code); }
            public Long section(String department, String section) { return sections.get(department + "/" + section); }
            public ExistingPost post(String code) { return posts.get(code); }
            public String employeeCodeOfLogin(String login) { return codeOfLogin.get(login); }
            public String loginOfEmployeeCode(String code) { return loginOfCode.get(code); }
        };
    }

    private List<Object[]> people(String attribute, List<String> values) {
        return em.createQuery("select u.loginId, u.employeeCode from User u where " + attribute + " in :v", Object[].class)
                .setParameter("v", values).getResultList();
    }

    private static void add(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static List<List<String>> chunks(Set<String> set) {
        List<String> values = new ArrayList<>(set);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** A row failed while importing: everything is rolled back, and the page names the row. */
    static class RowFailed extends BusinessException {
        final int line;

        RowFailed(int line, String key, Object... args) {
            super(key, args);
            this.line = line;
        }
    }
}
