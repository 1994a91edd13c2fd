package org.daftar.efile;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.org.Codes;
import org.daftar.org.Post;
import org.daftar.org.Text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding the post to send an item to: by code, designation (Hindi or English), section or department. */
@Stateless
@PermitAll
public class PostDirectory {

    public record PostOption(Long id, String code, String name, String nameHi, String department, String section) {
        public String label(boolean hindi) { return (hindi ? nameHi : name) + " (" + code + ")"; }
    }

    @PersistenceContext
    private EntityManager em;

    public List<PostOption> find(String q, int max) {
        String text = q == null ? "" : Text.clean(q) == null ? "" : Text.clean(q);
        String upper = "%" + text.toUpperCase(Locale.ROOT) + "%";
        String hindi = "%" + text + "%";
        return em.createQuery("select p from Post p join fetch p.section s join fetch s.department d where p.active = :yes and ("
                        + "upper(p.code) like :u or upper(p.designation.en) like :u or p.designation.hi like :h "
                        + "or upper(s.name.en) like :u or s.name.hi like :h or upper(d.name.en) like :u or d.name.hi like :h) "
                        + "order by d.code, s.code, p.code", Post.class)
                .setParameter("yes", true).setParameter("u", upper).setParameter("h", hindi).setMaxResults(Math.min(Math.max(max, 1), 100))
                .getResultList().stream().map(PostDirectory::option).toList();
    }

    /**
     * The active post with exactly this code (as {@link Codes#normalise} writes it): what the "send
     * to" field submits. One index lookup, where {@link #find} compares every post's texts.
     */
    public Optional<PostOption> byCode(String code) {
        // the option shows the post's section and department: read in the same query (join fetch), not two more
        return em.createNamedQuery("Post.byCode", Post.class).setParameter("code", Codes.normalise(code))
                .setHint("eclipselink.join-fetch", "p.section").setHint("eclipselink.join-fetch", "p.section.department")
                .getResultList()
                .stream().filter(Post::isActive).findFirst().map(PostDirectory::option);
    }

    public static PostOption option(Post p) {
        return new PostOption(p.getId(), p.getCode(), p.name(false), p.name(true), p.getDepartment().getCode(),
                p.getSection().getCode());
    }

    /** Login IDs of the people holding {@code postId} now (primary or additional charge). */
    public List<String> holders(Long postId) {
        return postId == null ? List.of() : em.createQuery("select a.user.loginId from PostAssignment a "
                + "where a.post.id = :post and a.toDate is null", String.class).setParameter("post", postId).getResultList();
    }
}
