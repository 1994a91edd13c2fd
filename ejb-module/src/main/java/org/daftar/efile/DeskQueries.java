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
        Actor actor = desks.acting(postId);
        TypedQuery<ItemRow> q = em.createQuery(ROW + from(tab) + where(tab, filter) + order(tab), ItemRow.class);
        bind(q, actor, tab, filter);
        List<ItemRow> rows = q.setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList();
        WorkingCalendar cal = workingDays.calendar();
        Instant now = clock.instant();
        Map<String, Integer> limits = sla.days(SlaKind.DESK);
        return rows.stream().map(r -> r.timed(cal.workingDaysBetween(r.heldSince(), now), limits.get(r.priority().name()),
                tab == DeskTab.SENT)).toList();
    }

    public long count(DeskTab tab, Long postId, DeskFilter filter) {
        return count(tab, desks.acting(postId), filter);
    }

    private long count(DeskTab tab, Actor actor, DeskFilter filter) {
        // every item has exactly one latest movement: unless a filter asks about it, count the items alone
        boolean aboutMovement = tab == DeskTab.SENT || hasFrom(filter);
        TypedQuery<Long> q = em.createQuery("select count(w) " + (aboutMovement ? from(tab) : "from DeskItem w where ")
                + where(tab, filter), Long.class);
        bind(q, actor, tab, filter);
        return q.getSingleResult();
    }

    /** The figures on the home page: items waiting in the inbox (INBOX), of them unread (UNREAD), and parked (PARKED). */
    public Map<String, Long> counts(Long postId) {
        Actor actor = desks.acting(postId);
        Map<String, Long> counts = new HashMap<>();
        for (DeskTab tab : new DeskTab[]{DeskTab.INBOX, DeskTab.PARKED}) {
            counts.put(tab.name(), count(tab, actor, DeskFilter.NONE));
        }
        counts.put("UNREAD", unread(actor));
        return counts;
    }

    private long unread(Actor actor) {
        return em.createQuery("select count(w) from WorkItem w where w.holder = :post and w.status = :active "
                        + "and w.opened = :no", Long.class).setParameter("no", false)
                .setParameter("post", actor.post()).setParameter("active", ItemStatus.ACTIVE).getSingleResult();
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
        if (hasFrom(f)) {
            b.append("and (upper(f.code) like :from or upper(f.designation.en) like :from or f.designation.hi like :fromHi) ");
        }
        if (f.arrivedFrom() != null) b.append("and w.heldSince >= :arrivedFrom ");
        if (f.arrivedTo() != null) b.append("and w.heldSince < :arrivedTo ");
        return b.toString();
    }

    private static boolean hasFrom(DeskFilter f) {
        return f.from() != null && !f.from().isBlank();
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
        if (hasFrom(f)) {
            q.setParameter("from", "%" + f.from().strip().toUpperCase(Locale.ROOT) + "%");
            q.setParameter("fromHi", "%" + org.daftar.org.Text.clean(f.from()) + "%");
        }
        if (f.arrivedFrom() != null) q.setParameter("arrivedFrom", f.arrivedFrom().atStartOfDay(WorkingCalendar.INDIA).toInstant());
        if (f.arrivedTo() != null) q.setParameter("arrivedTo", f.arrivedTo().plusDays(1).atStartOfDay(WorkingCalendar.INDIA).toInstant());
    }
}
