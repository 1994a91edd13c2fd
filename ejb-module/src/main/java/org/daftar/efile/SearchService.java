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
import org.daftar.search.SearchDocument;
import org.daftar.search.SearchHit;
import org.daftar.search.SearchIndex;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * rebuilt from the database, in the background, when it is missing or incomplete; results only list
 * what the searcher may open.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    private static final int BATCH = 2000;
    /** Search hits checked against the caller's rights at a time. */
    private static final int CHECK_BATCH = 100;

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

    /** Keeps the index in step with every committed change. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged e) {
        WorkItem item = em.find(WorkItem.class, e.itemId());
        if (item != null) {
            index.index(document(item));
        }
    }

    /** An item changed on the other instance of a pair: this instance's index follows too. */
    public void relayed(@Observes Relayed r) {
        if (r.event() instanceof ItemChanged e) {
            changed(e);
        }
    }

    /**
     * Items matching {@code query} that the caller may open, best first. Hits are checked a batch
     * at a time (items and their holders in two queries), until {@code max} are found.
     */
    public List<Found> search(String query, String kind, LocalDate from, LocalDate to, int max) {
        User user = desks.caller();
        List<Long> ids = candidates(user, query, kind, from, to);
        List<Found> found = new ArrayList<>();
        for (int first = 0; first < ids.size() && found.size() < max; first += CHECK_BATCH) {
            List<Long> batch = ids.subList(first, Math.min(ids.size(), first + CHECK_BATCH));
            Map<Long, WorkItem> byId = em.createQuery("select w from WorkItem w join fetch w.holder where w.id in :ids", WorkItem.class)
                    .setParameter("ids", batch).getResultStream().collect(Collectors.toMap(WorkItem::getId, w -> w));
            List<WorkItem> inOrder = batch.stream().map(byId::get).filter(Objects::nonNull).toList();
            for (WorkItem item : desks.openable(user, inOrder)) {
                if (found.size() < max) {
                    found.add(new Found(item.getId(), item.getKind(), item.getNumber(), item.getSubject(), item.getStatus(),
                            item.getHolder().getCode(), item.getHeldSince()));
                }
            }
        }
        return found;
    }

    /**
     * The hits to check, at most {@link SearchIndex#MAX_HITS}: for the collector and ADMs (who may open
     * any ordinary item) the best of the district; for anyone else first the best in the departments
     * of their own posts, where nearly everything they may open lies, then the rest of the district.
     * A head of department searching a common word thus finds a page of results in the first batch
     * instead of checking a thousand district-wide hits they may not open.
     */
    private List<Long> candidates(User user, String query, String kind, LocalDate from, LocalDate to) {
        Set<Long> ids = new LinkedHashSet<>();
        if (!user.getRoles().contains(Role.COLLECTOR)) {
            user.currentPosts().stream().map(p -> p.getDepartment().getCode()).distinct()
                    .forEach(d -> ids.addAll(refs(index.search(query, kind, d, from, to, SearchIndex.MAX_HITS))));
        }
        ids.addAll(refs(index.search(query, kind, null, from, to, SearchIndex.MAX_HITS)));
        return ids.stream().limit(SearchIndex.MAX_HITS).toList();
    }

    private static List<Long> refs(List<SearchHit> hits) {
        return hits.stream().map(hit -> Long.valueOf(hit.ref().substring(2))).toList();
    }

    /**
     * Indexes every item, a batch at a time in key order (no offset paging: each batch starts
     * after the last id), outside a transaction, then marks the index complete. Changes committed
     * meanwhile are indexed by {@link #changed} as usual.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuild() {
        long started = System.nanoTime();
        long total = em.createQuery("select count(w) from WorkItem w", Long.class).getSingleResult();
        long done = 0;
        long after = 0;
        try {
            while (!closing) {
                List<WorkItem> items = em.createQuery("select w from WorkItem w join fetch w.section s join fetch s.department "
                                + "where w.id > :after order by w.id", WorkItem.class)
                        .setParameter("after", after).setMaxResults(BATCH).getResultList();
                if (items.isEmpty()) {
                    index.markComplete();
                    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
                    long indexed = done;
                    LOG.info(() -> "Search index rebuilt: " + indexed + " receipts and files in " + seconds + " s");
                    break;
                }
                index.indexAll(items.stream().map(SearchService::document).toList());
                done += items.size();
                after = items.get(items.size() - 1).getId();
                rebuild = new Rebuild(done, Math.max(total, done));
                em.clear();
            }
        } catch (RuntimeException e) {
            if (!closing) {
                LOG.log(Level.SEVERE, "Search index rebuild stopped; it starts again at the next start", e);
            }
        } finally {
            rebuild = null;
        }
    }

    private static SearchDocument document(WorkItem w) {
        boolean hindi = w.getSubject().codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);
        String sender = w instanceof Receipt r ? r.getSender().line() : null;
        return new SearchDocument((w.isFile() ? "F:" : "R:") + w.getId(), w.isFile() ? SearchDocument.FILE : SearchDocument.RECEIPT,
                w.getNumber(), hindi ? null : w.getSubject(), hindi ? w.getSubject() : null, sender,
                w.getSection().getDepartment().getCode(), w.getCreatedAt().atZone(WorkingCalendar.INDIA).toLocalDate());
    }
}
