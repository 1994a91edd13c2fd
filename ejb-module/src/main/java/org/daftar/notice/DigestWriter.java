package org.daftar.notice;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingDays;
import org.daftar.efile.ItemStatus;
import org.daftar.org.Post;
import org.daftar.platform.Settings;
import org.daftar.samiksha.Assignment;
import org.daftar.samiksha.AssignmentStatus;
import org.daftar.user.User;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Makes one person's digest of one day in a transaction of its own: the {@link DailyDigest} row
 * first (the unique key (user, day) makes a second server's attempt fail and roll back), then the
 * {@code notice.digest} notification whose mail the outbox sends, with its retries.
 */
@Stateless
public class DigestWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notices notices;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    /** Returns whether a digest was written (false: already made, or nothing to tell). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean write(Long userId, LocalDate day) {
        User user = em.find(User.class, userId);
        if (user == null || made(user, day)) {
            return false;
        }
        em.persist(new DailyDigest(user, day, clock.instant()));
        em.flush();
        List<Post> posts = user.currentPosts();
        if (!user.isActive() || posts.isEmpty()) {
            return false;
        }
        DigestContent content = DigestContent.of(pending(posts), inboxTop(posts), open(posts), day, workingDays.calendar());
        if (content.isEmpty()) {
            return false;
        }
        notices.to(user, DigestContent.KEY, content.args(day, baseUrl()), "desk/inbox.xhtml", true);
        return true;
    }

    /** The address of Daftar in mails' links ({@code DAFTAR_BASE_URL}). */
    public static String baseUrl() {
        String url = Settings.get("daftar.base.url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private boolean made(User user, LocalDate day) {
        return !em.createQuery("select d.id from DailyDigest d where d.user = :u and d.day = :day", Long.class)
                .setParameter("u", user).setParameter("day", day).setMaxResults(1).getResultList().isEmpty();
    }

    private long pending(List<Post> posts) {
        return em.createQuery("select count(w) from WorkItem w where w.holder in :posts and w.status = :active", Long.class)
                .setParameter("posts", posts).setParameter("active", ItemStatus.ACTIVE).getSingleResult();
    }

    /** The inbox in the desk's own order: most urgent first, then longest held. */
    private List<DigestContent.Line> inboxTop(List<Post> posts) {
        return em.createQuery("select w.id, w.kind, w.number, w.subject from WorkItem w where w.holder in :posts "
                        + "and w.status = :active order by w.urgency desc, w.heldSince, w.id", Object[].class)
                .setParameter("posts", posts).setParameter("active", ItemStatus.ACTIVE).setMaxResults(DigestContent.TOP)
                .getResultList().stream()
                .map(r -> new DigestContent.Line((String) r[2], null, (String) r[3],
                        ("FILE".equals(r[1]) ? "file" : "dak") + "/view.xhtml?id=" + r[0]))
                .toList();
    }

    private List<Assignment> open(List<Post> posts) {
        return em.createQuery("select a from Assignment a where a.assignee in :posts and a.status = :open", Assignment.class)
                .setParameter("posts", posts).setParameter("open", AssignmentStatus.OPEN).setMaxResults(500).getResultList();
    }
}
