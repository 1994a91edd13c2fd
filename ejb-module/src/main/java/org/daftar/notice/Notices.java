package org.daftar.notice;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.efile.Desks;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Notifications: written in the transaction of the event they tell of (so they exist exactly when
 * it does), and read by their own reader only — the bell's count, the list newest first, "read".
 */
@Stateless
public class Notices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private Clock clock;

    @Inject
    private Event<NoticeCreated> created;

    /** Tells everyone who holds {@code post} today; by mail too when {@code mail} and they have an address. */
    public void toHolders(Post post, String key, List<String> args, String link, boolean mail) {
        for (User u : holders(List.of(post)).getOrDefault(post, List.of())) {
            to(u, key, args, link, mail);
        }
    }

    /** Who holds each of {@code posts} today, in one query (for telling many posts at once). */
    public Map<Post, List<User>> holders(Collection<Post> posts) {
        Map<Post, List<User>> holders = new HashMap<>();
        if (posts.isEmpty()) {
            return holders;
        }
        for (Object[] r : em.createQuery("select pa.post, pa.user from PostAssignment pa where pa.post in :posts and pa.toDate is null",
                Object[].class).setParameter("posts", posts).getResultList()) {
            holders.computeIfAbsent((Post) r[0], p -> new ArrayList<>()).add((User) r[1]);
        }
        return holders;
    }

    public void to(User user, String key, List<String> args, String link, boolean mail) {
        em.persist(new Notification(user, key, args, link, mail, clock.instant()));
        created.fire(new NoticeCreated(user.getLoginId()));
    }

    /** The caller's unread notifications: the number on the bell. */
    public long unread() {
        return count(true);
    }

    public long count(boolean unreadOnly) {
        return em.createQuery("select count(n) from Notification n where n.user = :u" + (unreadOnly ? " and n.readAt is null" : ""),
                Long.class).setParameter("u", desks.reader()).getSingleResult();
    }

    /** One page of the caller's notifications, newest first, worded in {@code locale} (null: the caller's language). */
    public List<NoticeRow> page(boolean unreadOnly, int first, int max, Locale locale) {
        User user = desks.caller();
        TypedQuery<Notification> q = em.createQuery("select n from Notification n where n.user = :u"
                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id desc", Notification.class);
        Locale in = locale == null ? user.getPreferredLanguage().locale() : locale;
        return q.setParameter("u", user).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList().stream().map(n -> row(n, in)).toList();
    }

    /** Marks one of the caller's notifications read and returns it (to follow its link). */
    public NoticeRow read(Long id, Locale locale) {
        Notification n = id == null ? null : em.find(Notification.class, id);
        if (n == null) {
            throw BusinessException.notFound("notice.notFound");
        }
        User user = desks.caller();
        if (!n.getUser().getId().equals(user.getId())) {
            throw BusinessException.forbidden("error.notAllowed");
        }
        n.read(clock.instant());
        return row(n, locale == null ? user.getPreferredLanguage().locale() : locale);
    }

    /** Marks all the caller's notifications read; returns how many were unread. */
    public int readAll() {
        // entity by entity rather than a bulk update: the read time goes through the Instant converter and the version moves
        List<Notification> unread = em.createQuery("select n from Notification n where n.user = :u and n.readAt is null",
                Notification.class).setParameter("u", desks.caller()).getResultList();
        var now = clock.instant();
        unread.forEach(n -> n.read(now));
        return unread.size();
    }

    private static NoticeRow row(Notification n, Locale locale) {
        return new NoticeRow(n.getId(), n.getMessageKey(), NoticeTexts.subject(n.getMessageKey(), n.args(), locale), n.getLink(),
                n.getCreatedAt(), n.isRead());
    }
}
