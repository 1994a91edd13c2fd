package org.daftar.efile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.DependsOn;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.platform.Settings;
import org.daftar.search.SearchDocument;
import org.daftar.search.SearchHit;
import org.daftar.search.SearchIndex;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Full-text search over receipt and file numbers, subjects and senders, in Hindi and English
 * (a Lucene index in the data directory). The index is updated after each committed change and
 * rebuilt from the database when it is missing; results only list what the searcher may open.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    private static final int BATCH = 500;

    public record Found(Long id, String kind, String number, String subject, ItemStatus status, String holder,
                        Instant heldSince) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    private SearchIndex index;

    @PostConstruct
    void open() {
        java.nio.file.Path dir = Settings.dataDir().resolve("search");
        boolean fresh = java.nio.file.Files.notExists(dir);
        index = new SearchIndex(dir);
        if (fresh) {
            rebuild();
        }
    }

    @PreDestroy
    void close() {
        index.close();
    }

    /** Keeps the index in step with every committed change. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged e) {
        WorkItem item = em.find(WorkItem.class, e.itemId());
        if (item != null) {
            index.index(document(item));
        }
    }

    /** Items matching {@code query} that the caller may open, best first. */
    public List<Found> search(String query, String kind, LocalDate from, LocalDate to, int max) {
        User user = desks.caller();
        List<Found> found = new ArrayList<>();
        for (SearchHit hit : index.search(query, kind, null, from, to, SearchIndex.MAX_HITS)) {
            WorkItem item = em.find(WorkItem.class, Long.valueOf(hit.ref().substring(2)));
            if (item != null && desks.mayOpen(user, item)) {
                found.add(new Found(item.getId(), item.getKind(), item.getNumber(), item.getSubject(), item.getStatus(),
                        item.getHolder().getCode(), item.getHeldSince()));
                if (found.size() >= max) {
                    break;
                }
            }
        }
        return found;
    }

    private void rebuild() {
        long done = 0;
        for (int first = 0; ; first += BATCH) {
            List<WorkItem> items = em.createQuery("select w from WorkItem w order by w.id", WorkItem.class)
                    .setFirstResult(first).setMaxResults(BATCH).getResultList();
            items.forEach(w -> index.index(document(w)));
            done += items.size();
            em.clear();
            if (items.size() < BATCH) {
                break;
            }
        }
        index.commit();
        long total = done;
        LOG.info(() -> "Search index rebuilt: " + total + " receipts and files");
    }

    private static SearchDocument document(WorkItem w) {
        boolean hindi = w.getSubject().codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);
        String sender = w instanceof Receipt r ? r.getSender().line() : null;
        return new SearchDocument((w.isFile() ? "F:" : "R:") + w.getId(), w.isFile() ? SearchDocument.FILE : SearchDocument.RECEIPT,
                w.getNumber(), hindi ? null : w.getSubject(), hindi ? w.getSubject() : null, sender,
                w.getSection().getDepartment().getCode(), w.getCreatedAt().atZone(WorkingCalendar.INDIA).toLocalDate());
    }
}
