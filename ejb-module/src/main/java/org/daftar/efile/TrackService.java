package org.daftar.efile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditEntry;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "Who is delaying it": the chain of holders of an item with the working time each held it. Reads
 * the item's movements by their unique key (item, seq), never scanning other items' movements.
 */
@Stateless
public class TrackService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private ItemViews views;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    @Inject
    private SlaRules sla;

    public Track track(Long itemId) {
        WorkItem item = desks.open(WorkItem.class, itemId);
        List<Movement> moves = em.createQuery("select m from Movement m join fetch m.fromPost join fetch m.toPost "
                        + "join fetch m.actor where m.itemId = :item order by m.seq", Movement.class)
                .setParameter("item", itemId).getResultList();
        WorkingCalendar cal = workingDays.calendar();
        Instant now = clock.instant();
        int limit = sla.days(SlaKind.DESK, item.getPriority().name());
        List<TrackRow> rows = new ArrayList<>(moves.size());
        for (int i = 0; i < moves.size(); i++) {
            Movement m = moves.get(i);
            boolean last = i == moves.size() - 1;
            boolean ended = last && !item.getStatus().isPending();
            Instant left = last ? (ended ? m.getMovedAt() : null) : moves.get(i + 1).getMovedAt();
            Instant until = left == null ? now : left;
            int days = cal.workingDaysBetween(m.getMovedAt(), until);
            rows.add(new TrackRow(m.getSeq(), m.getAction(), Details.PostName.of(m.getFromPost()),
                    Details.PostName.of(m.getToPost()), m.getActor().getNameEn(), m.getActor().getNameHi(),
                    m.getMovedAt(), left, days, cal.workingTime(m.getMovedAt(), until).toHours(), last && !ended,
                    days > limit, m.getRemark()));
        }
        return new Track(views.state(item, desks.reader()), rows, limit, chainIntact(item));
    }

    /** Re-computes the item's audit chain from its first entry to the head kept on the item. */
    private boolean chainIntact(WorkItem item) {
        String prev = AuditEntry.GENESIS;
        int expected = 1;
        for (ItemAudit a : em.createQuery("select a from ItemAudit a where a.itemId = :item order by a.seq", ItemAudit.class)
                .setParameter("item", item.getId()).getResultList()) {
            if (a.getSeq() != expected++ || !a.getPrevHash().equals(prev) || !a.computeHash().equals(a.getHash())) {
                return false;
            }
            prev = a.getHash();
        }
        return expected - 1 == item.getAuditSeq() && prev.equals(item.getAuditHash());
    }
}
