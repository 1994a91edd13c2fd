package org.daftar.org;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.mis.pend.PendencyLedger;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;

import java.util.List;
import java.util.Locale;

/** The administrator's desk for departments, sections and posts. */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class OrgService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private PendencyLedger pendency;

    @Resource
    private SessionContext ctx;

    // --- reading (every logged-in person needs the organisation to address work) ---------------

    @PermitAll
    public District district() {
        return em.createQuery("select d from District d order by d.id", District.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("org.noDistrict"));
    }

    @PermitAll
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    @PermitAll
    public List<Section> sections(Long departmentId) {
        // Derby refuses "? is null" on an untyped parameter, so optional filters are left out instead.
        TypedQuery<Section> q = em.createQuery("select s from Section s join fetch s.department d"
                + (departmentId == null ? "" : " where d.id = :dept") + " order by d.code, s.code", Section.class);
        return departmentId == null ? q.getResultList() : q.setParameter("dept", departmentId).getResultList();
    }

    @PermitAll
    public Post post(Long id) {
        Post p = em.find(Post.class, id);
        if (p == null) {
            throw new BusinessException("org.post.notFound");
        }
        return p;
    }

    /** Posts whose code or designation contains {@code text}, in a department if given; paged in the database. */
    @PermitAll
    public List<Post> posts(String text, Long departmentId, int first, int max) {
        return postQuery("select p", " order by d.code, s.code, p.code", text, departmentId, Post.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @PermitAll
    public long countPosts(String text, Long departmentId) {
        return postQuery("select count(p)", "", text, departmentId, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> postQuery(String select, String order, String text, Long departmentId, Class<T> type) {
        String like = text == null || text.isBlank() ? null : "%" + Text.clean(text).toLowerCase(Locale.ROOT) + "%";
        String jpql = select + " from Post p join p.section s join s.department d where 1 = 1"
                + (departmentId == null ? "" : " and d.id = :dept")
                + (like == null ? "" : " and (lower(p.code) like :t or lower(p.designation.en) like :t or p.designation.hi like :t"
                + " or lower(s.name.en) like :t or s.name.hi like :t)") + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        if (departmentId != null) {
            q.setParameter("dept", departmentId);
        }
        return like == null ? q : q.setParameter("t", like);
    }

    // --- changing -------------------------------------------------------------------------------

    public Department saveDepartment(Long id, String code, String nameEn, String nameHi, boolean active) {
        String c = Codes.normalise(code);
        requireUnique("select count(d) from Department d where d.code = :c and d.id <> :id", c, id, "org.code.taken");
        Department d;
        if (id == null) {
            d = new Department(district(), c, nameEn, nameHi);
            em.persist(d);
        } else {
            d = find(Department.class, id);
            d.rename(c, nameEn, nameHi);
        }
        d.setActive(active);
        em.flush();
        audit.record(actor(), id == null ? "DEPARTMENT_CREATED" : "DEPARTMENT_CHANGED", "department:" + c,
                nameEn + " / " + nameHi + (active ? "" : " (inactive)"), null);
        return d;
    }

    public Section saveSection(Long id, Long departmentId, String code, String nameEn, String nameHi, boolean active) {
        Department dept = find(Department.class, departmentId);
        String c = Codes.normalise(code);
        Long count = em.createQuery("select count(s) from Section s where s.department = :d and s.code = :c and s.id <> :id", Long.class)
                .setParameter("d", dept).setParameter("c", c).setParameter("id", id == null ? -1L : id).getSingleResult();
        if (count > 0) {
            throw new BusinessException("org.code.taken");
        }
        Section s;
        boolean moved = false;
        if (id == null) {
            s = new Section(dept, c, nameEn, nameHi);
            em.persist(s);
        } else {
            s = find(Section.class, id);
            s.rename(c, nameEn, nameHi);
            moved = !s.getDepartment().equals(dept);
            s.moveTo(dept);
        }
        s.setActive(active);
        em.flush();
        if (moved) {
            pendency.realignAll(); // its posts' pending work now counts for the other department
        }
        audit.record(actor(), id == null ? "SECTION_CREATED" : "SECTION_CHANGED", "section:" + dept.getCode() + "/" + c,
                nameEn + " / " + nameHi + (active ? "" : " (inactive)"), null);
        return s;
    }

    public Post savePost(Long id, Long sectionId, String code, String designationEn, String designationHi,
                         Long reportsToId, boolean active) {
        Section section = find(Section.class, sectionId);
        String c = Codes.normalise(code);
        requireUnique("select count(p) from Post p where p.code = :c and p.id <> :id", c, id, "org.code.taken");
        Post superior = reportsToId == null ? null : find(Post.class, reportsToId);
        Post p;
        boolean moved = false;
        try {
            if (id == null) {
                p = new Post(section, c, designationEn, designationHi, superior);
                em.persist(p);
            } else {
                p = find(Post.class, id);
                p.describe(c, designationEn, designationHi);
                moved = !p.getSection().equals(section);
                p.moveTo(section);
                p.reportTo(superior);
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        p.setActive(active);
        em.flush();
        if (moved) {
            pendency.realignAll(); // the post's pending work now counts for its new section
        }
        audit.record(actor(), id == null ? "POST_CREATED" : "POST_CHANGED", "post:" + c,
                designationEn + " / " + designationHi + (superior == null ? "" : " -> " + superior.getCode()), null);
        return p;
    }

    private void requireUnique(String jpql, String code, Long id, String key) {
        Long n = em.createQuery(jpql, Long.class).setParameter("c", code)
                .setParameter("id", id == null ? -1L : id).getSingleResult();
        if (n > 0) {
            throw new BusinessException(key, code);
        }
    }

    private <T> T find(Class<T> type, Long id) {
        T t = id == null ? null : em.find(type, id);
        if (t == null) {
            throw new BusinessException("org.notFound");
        }
        return t;
    }

    private String actor() {
        return ctx.getCallerPrincipal().getName();
    }
}
