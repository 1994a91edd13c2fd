package org.daftar.efile;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.RequestCaller;
import org.daftar.user.Role;
import org.daftar.user.User;
import org.daftar.user.UserRepository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the caller is and what they may reach. Every service asks here before it reads or changes
 * an item, so the rules hold for pages, the API and anything else alike: who may open an item is
 * {@link OpenRule}; only the holder notes on or moves it. A refusal is recorded in the district
 * audit chain.
 */
@Stateless
public class Desks {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext ctx;

    @Inject
    private UserRepository people;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestCaller requestCaller;

    /** The caller, managed in the current transaction: for changing things. */
    public User caller() {
        return lookup(ctx.getCallerPrincipal().getName());
    }

    /**
     * The caller for reading, looked up once per request (see {@link RequestCaller}); outside a
     * request (timers) looked up each time. It may be detached: read it, pass it (or its posts) as
     * query parameters, never make it or its posts the target of a relationship — use {@link #caller()} for that.
     */
    public User reader() {
        String login = ctx.getCallerPrincipal().getName();
        try {
            return requestCaller.byLogin(login).orElseThrow(() -> BusinessException.forbidden("error.notAllowed"));
        } catch (ContextNotActiveException e) {
            return lookup(login);
        }
    }

    /** {@link #acting} for reading: the caller from {@link #reader()} acting for {@code postId}. */
    public Actor readingAs(Long postId) {
        return actor(reader(), postId);
    }

    private User lookup(String login) {
        return people.byLogin(login).orElseThrow(() -> BusinessException.forbidden("error.notAllowed"));
    }

    /** The caller acting for {@code postId}, one of the posts they hold now (null: their primary post). */
    public Actor acting(Long postId) {
        return actor(caller(), postId);
    }

    private Actor actor(User user, Long postId) {
        List<Post> posts = user.currentPosts();
        if (posts.isEmpty()) {
            throw BusinessException.forbidden("desk.noPost");
        }
        if (postId == null) {
            return new Actor(user, posts.get(0));
        }
        return posts.stream().filter(p -> p.getId().equals(postId)).findFirst().map(p -> new Actor(user, p))
                .orElseThrow(() -> denied(user, "POST", postId));
    }

    /**
     * The caller acting as the holder of {@code item}. If one of their posts held it before, the item
     * has moved on meanwhile (409); if none ever did, they have no business with it (403).
     */
    public Actor holderOf(WorkItem item) {
        User user = reader();
        if (user.holds(item.getHolder())) {
            return new Actor(caller(), item.getHolder());
        }
        if (hasHeld(user.currentPosts(), item)) {
            throw BusinessException.conflict("item.moved", item.getNumber());
        }
        throw denied(user, "ITEM", item.getId());
    }

    /** Loads an item the caller may open, or refuses (404 for a missing id, 403 and an audit entry otherwise). */
    public <T extends WorkItem> T open(Class<T> type, Long id) {
        T item = id == null ? null : em.find(type, id);
        if (item == null) {
            throw BusinessException.notFound("item.notFound");
        }
        User user = reader();
        if (!mayOpen(user, item)) {
            throw denied(user, "ITEM", id);
        }
        return item;
    }

    /**
     * Whether {@code user} may open {@code item}: {@link OpenRule} with the item's holders looked up.
     * Its holder may (the rule's first case), so for the holder, the person who opens an item most
     * often, the holders are not read.
     */
    public boolean mayOpen(User user, WorkItem item) {
        return user.holds(item.getHolder()) || OpenRule.mayOpen(user.currentPosts(), user.getRoles(), item, holders(item));
    }

    /**
     * The items among {@code items} that {@code user} may open, in their order: {@link #mayOpen}
     * for many items with their holders looked up in one query.
     */
    public List<WorkItem> openable(User user, List<WorkItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Post>> holders = new HashMap<>();
        for (WorkItem item : items) {
            holders.computeIfAbsent(item.getId(), id -> new HashSet<>()).add(item.getHolder());
        }
        em.createQuery("select h.itemId, p from ItemHolder h, Post p where p.id = h.postId and h.itemId in :items", Object[].class)
                .setParameter("items", List.copyOf(holders.keySet())).getResultList()
                .forEach(row -> holders.get((Long) row[0]).add((Post) row[1]));
        List<Post> mine = user.currentPosts();
        return items.stream().filter(item -> OpenRule.mayOpen(mine, user.getRoles(), item, holders.get(item.getId()))).toList();
    }

    private boolean hasHeld(List<Post> posts, WorkItem item) {
        if (posts.isEmpty() || item.getId() == null) {
            return false;
        }
        return !em.createQuery("select h.postId from ItemHolder h where h.itemId = :item and h.postId in :posts", Long.class)
                .setParameter("item", item.getId())
                .setParameter("posts", posts.stream().map(Post::getId).toList())
                .setMaxResults(1).getResultList().isEmpty();
    }

    private Set<Post> holders(WorkItem item) {
        Set<Post> result = new HashSet<>(em.createQuery(
                        "select p from Post p where p.id in (select h.postId from ItemHolder h where h.itemId = :item)", Post.class)
                .setParameter("item", item.getId()).getResultList());
        result.add(item.getHolder());
        return result;
    }

    /** Records that {@code post} now holds or has held the item (once per pair). */
    public void held(WorkItem item, Post post) {
        if (em.find(ItemHolder.class, new ItemHolder.Key(item.getId(), post.getId())) == null) {
            em.persist(new ItemHolder(item.getId(), post.getId()));
        }
    }

    private BusinessException denied(User user, String what, Object id) {
        audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", what + ":" + id, null, null);
        return BusinessException.forbidden("error.notAllowed");
    }
}
