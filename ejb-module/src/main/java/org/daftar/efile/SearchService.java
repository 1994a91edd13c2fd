package org.daftar.efile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.DependsOn;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.cluster.Relayed;
import org.daftar.platform.Settings;
import org.daftar.org.Post;
import org.daftar.search.Access;
import org.daftar.search.SearchDocument;
import org.daftar.search.SearchHit;
import org.daftar.search.SearchIndex;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Full-text search over receipt and file numbers, subjects and senders, in Hindi and English
 * (a Lucene index in the data directory). The index is updated after each committed change and
 * rebuilt from the database, in the background, when it is missing, incomplete or of an earlier
 * layout; results only list what the searcher may open, and the index itself knows nearly enough
 * to leave out the rest.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    private static final int BATCH = 2000;

    public record Found(Long id, String kind, String number, String subject, ItemStatus status, String holder,
                        Instant heldSince) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Resource
    private SessionContext context;

    private SearchIndex index;

    /** How far a rebuild has got; null when none runs. */
    private volatile Rebuild rebuild;

    private volatile boolean closing;

    /** A rebuild of the index from the database under way: {@code done} of {@code total} items. */
    public record Rebuild(long done, long total) {
    }

    /**
     * Opens the index; one that is new or whose rebuild was interrupted is rebuilt from the database
     * in the background, so that the server is ready at once (searches meanwhile find what is
     * indexed so far, and say so).
     */
    @PostConstruct
    void open() {
        index = new SearchIndex(Settings.dataDir().resolve("search"));
        if (!index.isComplete()) {
            rebuild = new Rebuild(0, 0);
            context.getBusinessObject(SearchService.class).rebuild();
        }
    }

    @PreDestroy
    void close() {
        closing = true;
        index.close();
    }

    /** The rebuild under way, if any. */
    public Optional<Rebuild> rebuilding() {
        return Optional.ofNullable(rebuild);
    }

    /** Keeps the index in step with every committed change, its holders included. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged e) {
        WorkItem item = em.find(WorkItem.class, e.itemId());
        if (item != null) {
            index.index(document(item, holders(item.getId(), item.getId()).getOrDefault(item.getId(), Set.of())));
        }
    }

    /** An item changed on the other instance of a pair: this instance's index follows too. */
    public void relayed(@Observes Relayed r) {
        if (r.event() instanceof ItemChanged e) {
            changed(e);
        }
    }

    /**
     * Items matching {@code query} that the caller may open: the one with exactly that number first,
     * then the others newest first. The index leaves out what
     * the caller may not open (as of each item's last indexing), so it is asked for twice a page;
     * the hits are still checked against the database, {@code max} at a time, which normally
     * passes a page in one round. Only if the check refuses many (an index a moment stale, or one
     * being rebuilt after an upgrade) is the index asked again, for {@link SearchIndex#MAX_HITS}.
     */
    public List<Found> search(String query, String kind, LocalDate from, LocalDate to, int max) {
        User user = desks.reader();
        Access access = access(user);
        int wanted = Math.min(2 * max, SearchIndex.MAX_HITS);
        List<Long> ids = refs(index.search(query, access, kind, null, from, to, wanted));
        Map<Long, Found> found = new LinkedHashMap<>();
        int checked = check(user, ids, 0, max, found);
        if (found.size() < max && ids.size() == wanted && wanted < SearchIndex.MAX_HITS) {
            check(user, refs(index.search(query, access, kind, null, from, to, SearchIndex.MAX_HITS)), checked, max, found);
        }
        return List.copyOf(found.values());
    }

    /**
     * Adds to {@code found}, until it holds {@code max}, the items among {@code ids} from position
     * {@code first} on that {@code user} may open, loading them and their holders {@code max} at a
     * time (two queries); returns the position up to which {@code ids} were checked.
     */
    private int check(User user, List<Long> ids, int first, int max, Map<Long, Found> found) {
        int next = first;
        while (next < ids.size() && found.size() < max) {
            List<Long> batch = ids.subList(next, Math.min(ids.size(), next + max));
            next += batch.size();
            Map<Long, WorkItem> byId = em.createQuery("select w from WorkItem w join fetch w.holder where w.id in :ids", WorkItem.class)
                    .setParameter("ids", batch).getResultStream().collect(Collectors.toMap(WorkItem::getId, w -> w));
            List<WorkItem> inOrder = batch.stream().map(byId::get).filter(Objects::nonNull).toList();
            for (WorkItem item : desks.openable(user, inOrder)) {
                if (found.size() < max) {
                    found.putIfAbsent(item.getId(), new Found(item.getId(), item.getKind(), item.getNumber(), item.getSubject(),
                            item.getStatus(), item.getHolder().getCode(), item.getHeldSince()));
                }
            }
        }
        return next;
    }

    /**
     * What {@link OpenRule} lets {@code user} open, in the index's terms: their posts and all posts
     * below them, their sections if they are an officer or head of department, the whole district
     * if they are the collector.
     */
    private Access access(User user) {
        List<Post> mine = user.currentPosts();
        Set<Long> sections = user.getRoles().contains(Role.OFFICER) || user.getRoles().contains(Role.HOD)
                ? mine.stream().map(p -> p.getSection().getId()).collect(Collectors.toSet())
                : Set.of();
        return new Access(withSubordinates(mine), sections, user.getRoles().contains(Role.COLLECTOR));
    }

    /**
     * The posts and every post below them in the reporting line: one query per level, each asking
     * for the posts whose superior that many levels up is one of {@code posts} (a few ids bound
     * rather than a whole level, which is thousands of posts under the collector), until a level
     * is empty.
     */
    private Set<Long> withSubordinates(List<Post> posts) {
        List<Long> ids = posts.stream().map(Post::getId).toList();
        Set<Long> all = new HashSet<>(ids);
        String superior = "p.reportsTo";
        for (List<Long> level = ids; !level.isEmpty(); superior += ".reportsTo") {
            level = em.createQuery("select p.id from Post p where " + superior + ".id in :posts", Long.class)
                    .setParameter("posts", ids).getResultList();
            all.addAll(level);
        }
        return all;
    }

    private static List<Long> refs(List<SearchHit> hits) {
        return hits.stream().map(hit -> Long.valueOf(hit.ref().substring(2))).toList();
    }

    /**
     * Indexes every item, outside a transaction, then marks the index complete: a range of
     * {@value #BATCH} ids at a time from the highest id down, so that searches during a rebuild find
     * the newest items first. Changes committed meanwhile are indexed by {@link #changed} as usual.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuild() {
        long started = System.nanoTime();
        Object[] ids = em.createQuery("select count(w), min(w.id), max(w.id) from WorkItem w", Object[].class).getSingleResult();
        long total = (Long) ids[0];
        long lowest = total == 0 ? 0 : (Long) ids[1];
        long done = 0;
        try {
            for (long high = total == 0 ? -1 : (Long) ids[2]; high >= lowest && !closing; high -= BATCH) {
                long low = high - BATCH + 1;
                List<WorkItem> items = em.createQuery("select w from WorkItem w join fetch w.holder join fetch w.section s join fetch s.department "
                                + "where w.id between :low and :high", WorkItem.class)
                        .setParameter("low", low).setParameter("high", high).getResultList();
                Map<Long, Set<Long>> holders = holders(low, high);
                index.indexAll(items.stream().map(w -> document(w, holders.getOrDefault(w.getId(), Set.of()))).toList());
                done += items.size();
                rebuild = new Rebuild(done, Math.max(total, done));
                em.clear();
            }
            if (closing) {
                return;
            }
            index.markComplete();
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            long indexed = done;
            LOG.info(() -> "Search index rebuilt: " + indexed + " receipts and files in " + seconds + " s");
        } catch (RuntimeException e) {
            if (!closing) {
                LOG.log(Level.SEVERE, "Search index rebuild stopped; it starts again at the next start", e);
            }
        } finally {
            rebuild = null;
        }
    }

    /** The posts that hold or held each item with an id from {@code first} to {@code last}, in one query. */
    private Map<Long, Set<Long>> holders(long first, long last) {
        return em.createQuery("select h.itemId, h.postId from ItemHolder h where h.itemId between :first and :last", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (Long) row[1], Collectors.toSet())));
    }

    /** @param heldBy the posts that held the item, from {@link ItemHolder}; its current holder is added */
    private static SearchDocument document(WorkItem w, Collection<Long> heldBy) {
        boolean hindi = w.getSubject().codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);
        String sender = w instanceof Receipt r ? r.getSender().line() : null;
        Set<Long> holders = new HashSet<>(heldBy);
        holders.add(w.getHolder().getId());
        return new SearchDocument((w.isFile() ? "F:" : "R:") + w.getId(), w.isFile() ? SearchDocument.FILE : SearchDocument.RECEIPT,
                w.getNumber(), hindi ? null : w.getSubject(), hindi ? w.getSubject() : null, sender,
                w.getSection().getDepartment().getCode(), w.getCreatedAt().atZone(WorkingCalendar.INDIA).toLocalDate(),
                holders, w.getSection().getId(), w instanceof EFile f && f.isConfidential());
    }
}
