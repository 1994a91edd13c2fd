package org.daftar.efile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lists of a desk, paged in the database, read through {@link DeskItem} (no receipt/file joins).
 * The inbox query walks the index (holder, status, urgency, held since, id), stopping after the page,
 * and joins each row's latest movement by its unique key,
 * so it never scans movements; the "sent" list walks (from post, moved at).
 */
@Stateless
public class DeskQueries {

    private static final String ROW = "select new org.daftar.efile.ItemRow(w.id, w.kind, w.number, w.subject, "
            + "w.category, w.priority, w.status, h.code, w.heldSince, w.opened, w.replyBy, "
            + "f.code, f.designation.en, f.designation.hi, m.action, m.seq, w.lastSeq) ";

    /** The items with, for each, its latest movement (the sent list: each sending movement) and the post on its other end. */
    private static String from(DeskTab tab) {
        return tab == DeskTab.SENT
                ? "from DeskItem w join w.holder h, Movement m join m.toPost f where m.itemId = w.id and "
                : "from DeskItem w join w.holder h, Movement m join m.fromPost f where m.itemId = w.id and m.seq = w.lastSeq and ";
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    @Inject
    private SlaRules sla;

    /** One page of a tab of the caller's post {@code postId} (null: their primary post). */
    public List<ItemRow> page(DeskTab tab, Long postId, DeskFilter filter, int first, int max) {
        Actor actor = desks.readingAs(postId);
        TypedQuery<ItemRow> q = em.createQuery(ROW + from(tab) + where(tab, filter) + order(tab), ItemRow.class);
        bind(q, actor, tab, filter);
        List<ItemRow> rows = q.setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList();
        // the rows' ages in one walk back over the calendar (a walk per row was a tenth of the inbox page)
        Map<LocalDate, Integer> ages = workingDays.calendar().workingDaysBetween(
                rows.stream().map(r -> day(r.heldSince())).toList(), day(clock.instant()));
        Map<String, Integer> limits = sla.days(SlaKind.DESK);
        return rows.stream().map(r -> r.timed(ages.get(day(r.heldSince())), limits.get(r.priority().name()),
                tab == DeskTab.SENT)).toList();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(WorkingCalendar.INDIA).toLocalDate();
    }

    public long count(DeskTab tab, Long postId, DeskFilter filter) {
        return count(tab, desks.readingAs(postId), filter);
    }

    private long count(DeskTab tab, Actor actor, DeskFilter filter) {
        if (tab == DeskTab.INBOX && filter.isNone()) {
            // the items pending at the desk are kept counted (desk_pending, by the pendency ledger in the
            // transaction of each change); of them, the parked ones are few and counted here
            return pending(actor) - count(DeskTab.PARKED, actor, DeskFilter.NONE);
        }
        // every item has exactly one latest movement: unless a filter asks about it, count the items alone
        boolean aboutMovement = tab == DeskTab.SENT || filter.hasFrom();
        TypedQuery<Long> q = em.createQuery("select count(w) " + (aboutMovement ? from(tab) : "from DeskItem w where ")
                + where(tab, filter), Long.class);
        bind(q, actor, tab, filter);
        return q.getSingleResult();
    }

    /** The files and receipts pending at the actor's post, in the inbox or parked. */
    private long pending(Actor actor) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(items), 0) FROM desk_pending WHERE post_id = ?1")
                .setParameter(1, actor.post().getId()).getSingleResult()).longValue();
    }

    /**
     * The figures on the home page: items waiting in the inbox (INBOX), of them unread (UNREAD), and
     * parked (PARKED) — the inbox's two figures in one walk over its items (was a query each).
     */
    public Map<String, Long> counts(Long postId) {
        Actor actor = desks.readingAs(postId);
        Map<String, Long> counts = new HashMap<>(Map.of(DeskTab.INBOX.name(), 0L, "UNREAD", 0L));
        em.createQuery("select w.opened, count(w) from DeskItem w where w.holder = :post and w.status = :status group by w.opened",
                        Object[].class)
                .setParameter("post", actor.post()).setParameter("status", ItemStatus.ACTIVE)
                .getResultList().forEach(row -> {
                    counts.merge(DeskTab.INBOX.name(), (Long) row[1], Long::sum);
                    if (!(Boolean) row[0]) {
                        counts.put("UNREAD", (Long) row[1]);
                    }
                });
        counts.put(DeskTab.PARKED.name(), count(DeskTab.PARKED, actor, DeskFilter.NONE));
        return counts;
    }

    /**
     * The figures on the desk's tabs: INBOX (the desk's kept total less the parked) and PARKED, a
     * range of the desk index. (A GROUP BY with
     * {@code status in (...)} was slower: Derby tested the IN on every item of the post, closed ones
     * included, and every VARCHAR comparison builds a Hindi collation key — most of its time in a profile.)
     */
    public Map<String, Long> tabCounts(Long postId) {
        Actor actor = desks.readingAs(postId);
        long parked = count(DeskTab.PARKED, actor, DeskFilter.NONE);
        return Map.of(DeskTab.INBOX.name(), pending(actor) - parked, DeskTab.PARKED.name(), parked);
    }

    private static String where(DeskTab tab, DeskFilter f) {
        StringBuilder b = new StringBuilder(switch (tab) {
            case INBOX, PARKED, CLOSED -> "w.holder = :post and w.status = :status ";
            case CREATED -> "w.createdByPost = :post ";
            case SENT -> "m.fromPost = :post and m.action in :sends ";
        });
        if (f.kind() != null) b.append("and w.kind = :kind ");
        if (f.category() != null) b.append("and w.category = :category ");
        if (f.priority() != null) b.append("and w.priority = :priority ");
        if (f.hasFrom()) {
            b.append("and (upper(f.code) like :from or upper(f.designation.en) like :from or f.designation.hi like :fromHi) ");
        }
        if (f.arrivedFrom() != null) b.append("and w.heldSince >= :arrivedFrom ");
        if (f.arrivedTo() != null) b.append("and w.heldSince < :arrivedTo ");
        return b.toString();
    }

    private static String order(DeskTab tab) {
        return switch (tab) {
            case INBOX, PARKED -> "order by w.urgency desc, w.heldSince asc, w.id";
            case CLOSED -> "order by w.heldSince desc, w.id desc";
            case CREATED -> "order by w.createdAt desc, w.id desc";
            case SENT -> "order by m.movedAt desc, m.id desc";
        };
    }

    private static void bind(TypedQuery<?> q, Actor actor, DeskTab tab, DeskFilter f) {
        q.setParameter("post", actor.post());
        switch (tab) {
            case INBOX -> q.setParameter("status", ItemStatus.ACTIVE);
            case PARKED -> q.setParameter("status", ItemStatus.PARKED);
            case CLOSED -> q.setParameter("status", ItemStatus.CLOSED);
            case SENT -> q.setParameter("sends", List.of(MovementAction.SEND, MovementAction.RETURN));
            default -> { }
        }
        if (f.kind() != null) q.setParameter("kind", f.kind());
        if (f.category() != null) q.setParameter("category", f.category());
        if (f.priority() != null) q.setParameter("priority", f.priority());
        if (f.hasFrom()) {
            q.setParameter("from", "%" + f.from().strip().toUpperCase(Locale.ROOT) + "%");
            q.setParameter("fromHi", "%" + org.daftar.org.Text.clean(f.from()) + "%");
        }
        if (f.arrivedFrom() != null) q.setParameter("arrivedFrom", f.arrivedFrom().atStartOfDay(WorkingCalendar.INDIA).toInstant());
        if (f.arrivedTo() != null) q.setParameter("arrivedTo", f.arrivedTo().plusDays(1).atStartOfDay(WorkingCalendar.INDIA).toInstant());
    }
}
