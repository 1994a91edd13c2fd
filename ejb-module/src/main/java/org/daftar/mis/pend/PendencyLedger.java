package org.daftar.mis.pend;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.efile.ItemChanged;
import org.daftar.mis.pend.PendencyKind.Source;
import org.daftar.mis.pend.PendingItem.CounterKey;
import org.daftar.samiksha.AssignmentChanged;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the pendency read model (pendency_item, pendency_count) equal to what is pending, in the
 * transaction of the change itself: the e-File core's and e-Samiksha's events are observed in the
 * firing transaction; the registers (jandarshan, revenue and pension cases) call {@link #refresh}.
 * A refresh re-reads the one item from the live tables and moves it from the counter it was
 * counted in to the one it belongs to now — so a missed or repeated call cannot double-count.
 * The files and receipts pending at each post are also kept summed by post (desk_pending), the
 * inbox's total; the counters' moves are handed to the dashboard's in-memory copy
 * ({@link PendencyMirror}), which adds them when the transaction commits.
 */
@Stateless
public class PendencyLedger {

    /** What a recount of one source found different, and set right. */
    public record Drift(int itemsChecked, int countersChecked, int items, int counters) {
        Drift plus(Drift o) {
            return new Drift(itemsChecked + o.itemsChecked, countersChecked + o.countersChecked, items + o.items, counters + o.counters);
        }

        public int found() { return items + counters; }
    }

    static final Drift NONE = new Drift(0, 0, 0, 0);

    private static final String KEY = "kind = ?1 AND department_id = ?2 AND section_id = ?3 AND post_id = ?4 AND since_day = ?5 AND due_day = ?6";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PendencyTruth truth;

    @Inject
    private PendencyCounters counters;

    @Inject
    private PendencyMirror mirror;

    public void itemChanged(@Observes ItemChanged e) {
        refresh(Source.WORK_ITEM, e.itemId());
    }

    public void assignmentChanged(@Observes AssignmentChanged e) {
        refresh(Source.ASSIGNMENT, e.assignmentId());
    }

    /** The item of {@code source} changed: count it where it belongs now (or no longer). */
    public void refresh(Source source, Long id) {
        Objects.requireNonNull(id, "a new item is flushed before its pendency is refreshed: it has no id yet");
        em.flush();
        Optional<PendingItem> now = truth.one(source, id);
        Optional<PendingItem> before = recorded(source, id);
        if (now.equals(before)) {
            return;
        }
        // the two counters are locked in one fixed order: two items crossing between two desks at
        // once (each leaving the desk the other reaches) would otherwise deadlock
        Map<CounterKey, Integer> deltas = new TreeMap<>(CounterKey.ORDER);
        before.ifPresent(b -> {
            deltas.merge(b.key(), -1, Integer::sum);
            em.createNativeQuery("DELETE FROM pendency_item WHERE source = ?1 AND item_id = ?2")
                    .setParameter(1, source.name()).setParameter(2, id).executeUpdate();
        });
        now.ifPresent(n -> {
            deltas.merge(n.key(), 1, Integer::sum);
            insert(source, n);
        });
        deltas.values().removeIf(delta -> delta == 0);
        mirror.moved(deltas); // first: the dashboard's copy is not read while a counter change is open (see there)
        deltas.forEach(this::add);
        if (source == Source.WORK_ITEM) {
            // the desks' totals follow, after the counters and in the posts' order (see above)
            byPost(deltas).forEach((post, delta) -> {
                if (delta != 0) {
                    addToDesk(post, delta);
                }
            });
        }
    }

    /**
     * Recounts {@code source} from the live tables and sets the read model right: every item row
     * that differs, then every counter that differs from the items' true count. Changes made
     * meanwhile by others can be missed or undone (see {@link #recount}); a scan that meets an item
     * twice, because it moved to another desk during the scan, takes the later row.
     */
    public Drift realign(Source source) {
        em.flush();
        mirror.recounted();
        Map<Long, PendingItem> truly = truth.all(source).stream()
                .collect(Collectors.toMap(PendingItem::itemId, Function.identity(), (before, after) -> after));
        Map<Long, PendingItem> recorded = recordedItems(source);
        int items = 0;
        Set<Long> ids = new TreeSet<>(truly.keySet());
        ids.addAll(recorded.keySet());
        for (Long id : ids) {
            PendingItem t = truly.get(id);
            PendingItem r = recorded.get(id);
            if (!Objects.equals(t, r)) {
                items++;
                if (r != null) {
                    // only rows that exist are deleted: a first fill only inserts. Deleting each of a
                    // million absent rows, in the one transaction that fills an empty table, took
                    // PostgreSQL longer with every row (over 20 minutes for a quarter of the items)
                    em.createNativeQuery("DELETE FROM pendency_item WHERE source = ?1 AND item_id = ?2")
                            .setParameter(1, source.name()).setParameter(2, id).executeUpdate();
                }
                if (t != null) {
                    insert(source, t);
                }
            }
        }
        Map<CounterKey, Integer> expected = truly.values().stream().collect(Collectors.toMap(PendingItem::key, i -> 1, Integer::sum));
        Map<CounterKey, Integer> counted = counters(source);
        int counters = 0;
        Set<CounterKey> keys = new TreeSet<>(CounterKey.ORDER); // the order refresh locks counters in: see there
        keys.addAll(expected.keySet());
        keys.addAll(counted.keySet());
        for (CounterKey k : keys) {
            int want = expected.getOrDefault(k, 0);
            Integer have = counted.get(k);
            if (have != null && have == want) {
                continue;
            }
            if (have == null || have != 0 || want != 0) {
                counters++; // an emptied counter left at 0 is tidied away, not drift
            }
            if (have != null) {
                em.createNativeQuery("DELETE FROM pendency_count WHERE " + KEY).setParameter(1, k.kind().name())
                        .setParameter(2, k.departmentId()).setParameter(3, k.sectionId()).setParameter(4, k.postId())
                        .setParameter(5, Date.valueOf(k.since())).setParameter(6, Date.valueOf(k.due())).executeUpdate();
            }
            if (want > 0) {
                insertCounter(k, want);
            }
        }
        Drift drift = new Drift(truly.size(), keys.size(), items, counters);
        if (source == Source.WORK_ITEM) {
            drift = drift.plus(realignDesks(byPost(expected)));
        }
        return drift;
    }

    /** Counts of counters summed by post, in the posts' order. */
    private static Map<Long, Integer> byPost(Map<CounterKey, Integer> counts) {
        Map<Long, Integer> posts = new TreeMap<>();
        counts.forEach((k, n) -> posts.merge(k.postId(), n, Integer::sum));
        return posts;
    }

    /** Sets desk_pending right: each post's total of the work items pending there (each post a counter checked). */
    private Drift realignDesks(Map<Long, Integer> expected) {
        Map<Long, Integer> recorded = new TreeMap<>();
        for (Object o : em.createNativeQuery("SELECT post_id, items FROM desk_pending").getResultList()) {
            Object[] r = (Object[]) o;
            recorded.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        Set<Long> posts = new TreeSet<>(expected.keySet());
        posts.addAll(recorded.keySet());
        int wrong = 0;
        for (Long post : posts) {
            int want = expected.getOrDefault(post, 0);
            Integer have = recorded.get(post);
            if (have == null && want == 0 || have != null && have == want) {
                continue;
            }
            wrong++;
            if (have == null) {
                em.createNativeQuery("INSERT INTO desk_pending (post_id, items) VALUES (?1, ?2)").setParameter(1, post)
                        .setParameter(2, want).executeUpdate();
            } else {
                em.createNativeQuery("UPDATE desk_pending SET items = ?2 WHERE post_id = ?1").setParameter(1, post)
                        .setParameter(2, want).executeUpdate();
            }
        }
        return new Drift(0, posts.size(), 0, wrong);
    }

    /**
     * Realigns {@code source} in a transaction of its own that no change of that source can
     * interleave with: the table is locked in share mode, so the recount waits for the changes in
     * flight and holds new ones back until it commits (seconds, at night). Without it, a file
     * forwarded during the recount could be counted at the desk it had left. One source at a time,
     * so that the lock of one is never held while waiting for another's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Drift recount(Source source) {
        em.createNativeQuery("LOCK TABLE " + source.table() + " IN SHARE MODE").executeUpdate();
        return realign(source);
    }

    /** Recounts every source in the caller's transaction: after posts or sections move to another section or department. */
    public Drift realignAll() {
        Drift drift = NONE;
        for (Source source : Source.values()) {
            drift = drift.plus(realign(source));
        }
        return drift;
    }

    private void add(CounterKey k, int delta) {
        if (update(k, delta) == 0 && delta > 0) {
            counters.open(k); // in its own transaction: see PendencyCounters
            update(k, delta);
        }
        // a counter that falls to 0 stays (deleting it would race with the next arrival); the nightly recount tidies it
    }

    private void addToDesk(Long post, int delta) {
        if (updateDesk(post, delta) == 0 && delta > 0) {
            counters.openDesk(post);
            updateDesk(post, delta);
        }
    }

    private int updateDesk(Long post, int delta) {
        return em.createNativeQuery("UPDATE desk_pending SET items = items + ?2 WHERE post_id = ?1")
                .setParameter(1, post).setParameter(2, delta).executeUpdate();
    }

    private int update(CounterKey k, int delta) {
        return em.createNativeQuery("UPDATE pendency_count SET items = items + ?7 WHERE " + KEY)
                .setParameter(1, k.kind().name()).setParameter(2, k.departmentId()).setParameter(3, k.sectionId())
                .setParameter(4, k.postId()).setParameter(5, Date.valueOf(k.since())).setParameter(6, Date.valueOf(k.due()))
                .setParameter(7, delta).executeUpdate();
    }

    private void insertCounter(CounterKey k, int items) {
        em.createNativeQuery("INSERT INTO pendency_count (kind, department_id, section_id, post_id, since_day, due_day, items)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, k.kind().name()).setParameter(2, k.departmentId()).setParameter(3, k.sectionId())
                .setParameter(4, k.postId()).setParameter(5, Date.valueOf(k.since())).setParameter(6, Date.valueOf(k.due()))
                .setParameter(7, items).executeUpdate();
    }

    private void insert(Source source, PendingItem i) {
        em.createNativeQuery("INSERT INTO pendency_item (source, item_id, kind, department_id, section_id, post_id, since_day, due_day)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, source.name()).setParameter(2, i.itemId()).setParameter(3, i.kind().name())
                .setParameter(4, i.departmentId()).setParameter(5, i.sectionId()).setParameter(6, i.postId())
                .setParameter(7, Date.valueOf(i.since())).setParameter(8, Date.valueOf(i.due())).executeUpdate();
    }

    private static final String ITEM_COLUMNS = "SELECT kind, item_id, department_id, section_id, post_id, since_day, due_day FROM pendency_item WHERE source = ?1";

    private Optional<PendingItem> recorded(Source source, Long id) {
        return itemRows(em.createNativeQuery(ITEM_COLUMNS + " AND item_id = ?2").setParameter(1, source.name())
                .setParameter(2, id).getResultList()).stream().findFirst();
    }

    private Map<Long, PendingItem> recordedItems(Source source) {
        return itemRows(em.createNativeQuery(ITEM_COLUMNS).setParameter(1, source.name()).getResultList())
                .stream().collect(Collectors.toMap(PendingItem::itemId, Function.identity()));
    }

    private Map<CounterKey, Integer> counters(Source source) {
        Map<CounterKey, Integer> result = new HashMap<>();
        for (PendencyKind kind : PendencyKind.of(source)) {
            for (Object o : em.createNativeQuery("SELECT kind, items, department_id, section_id, post_id, since_day, due_day"
                    + " FROM pendency_count WHERE kind = ?1").setParameter(1, kind.name()).getResultList()) {
                Object[] r = (Object[]) o;
                result.put(row(r).key(), ((Number) r[1]).intValue());
            }
        }
        return result;
    }

    private static List<PendingItem> itemRows(List<?> rows) {
        return rows.stream().map(o -> row((Object[]) o)).toList();
    }

    /** kind, item id (or count), department, section, post, since, due. */
    private static PendingItem row(Object[] r) {
        return new PendingItem(PendencyKind.valueOf(r[0].toString().trim()), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), day(r[5]), day(r[6]));
    }

    private static LocalDate day(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
