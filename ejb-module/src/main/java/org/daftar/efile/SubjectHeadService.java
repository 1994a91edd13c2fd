package org.daftar.efile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.org.Section;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;

import java.util.List;

/** The administrator keeps each section's filing scheme: subject heads are deactivated, never deleted (file numbers refer to them). */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class SubjectHeadService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private AuditLog audit;

    public List<SubjectHead> list(Long sectionId) {
        var q = em.createQuery("select h from SubjectHead h join fetch h.section s join fetch s.department d"
                + (sectionId == null ? "" : " where s.id = :s") + " order by d.code, s.code, h.code", SubjectHead.class);
        if (sectionId != null) {
            q.setParameter("s", sectionId);
        }
        return q.setMaxResults(500).getResultList();
    }

    public void save(Long id, Long sectionId, String code, String nameEn, String nameHi, boolean active) {
        SubjectHead h;
        if (id == null) {
            Section s = sectionId == null ? null : em.find(Section.class, sectionId);
            if (s == null) {
                throw new BusinessException("org.section.required");
            }
            h = new SubjectHead(s, code, nameEn, nameHi);
        } else {
            h = em.find(SubjectHead.class, id);
            if (h == null) {
                throw BusinessException.notFound("subjectHead.notFound");
            }
            h.describe(code, nameEn, nameHi);
        }
        h.setActive(active);
        boolean taken = !em.createQuery("select h.id from SubjectHead h where h.section = :s and h.code = :c and h.id <> :id", Long.class)
                .setParameter("s", h.getSection()).setParameter("c", h.getCode()).setParameter("id", id == null ? -1L : id)
                .getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("subjectHead.code.taken", h.getCode());
        }
        if (id == null) {
            em.persist(h);
        }
        em.flush();
        audit.record(desks.caller().getLoginId(), "SUBJECT_HEAD_SAVED", "subjectHead:" + h.getId(),
                h.getSection().getCode() + " " + h.getCode() + " active=" + active, null);
    }
}
