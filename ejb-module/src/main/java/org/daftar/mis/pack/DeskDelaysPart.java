package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.efile.ItemStatus;
import org.daftar.efile.WorkItem;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Files and receipts held on one desk longer than the desk limit of their priority, in working
 * days since they arrived at the holder's desk — who is sitting on what, the longest first.
 */
@Stateless
public class DeskDelaysPart implements PackPart {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaRules sla;

    @Override public int order() { return 70; }

    @Override public String key() { return "deskDelays"; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.text("item"), PackColumn.text("subject"), PackColumn.text("holder"),
                PackColumn.date("heldSince"), PackColumn.number("limit"), PackColumn.daysOver("daysOverLimit"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        Map<String, Integer> limits = sla.days(SlaKind.DESK);
        // a working day is a calendar day at most: what arrived within the shortest limit in calendar days is never late
        int shortest = Collections.min(limits.values());
        return em.createQuery("select w from WorkItem w where w.status = :active and w.heldSince < :cutoff order by w.heldSince, w.id",
                        WorkItem.class)
                .setParameter("active", ItemStatus.ACTIVE).setParameter("cutoff", scope.now().minus(Duration.ofDays(shortest)))
                .setMaxResults(MAX_ROWS * 5).getResultStream()
                .map(w -> {
                    int limit = limits.get(w.getPriority().name());
                    int over = scope.calendar().workingDaysBetween(w.getHeldSince(), scope.now()) - limit;
                    return over <= 0 ? null : PackRow.of(w.getHolder().getDepartment().getCode(), w.getNumber(), w.getSubject(),
                            PackText.post(w.getHolder()), PackText.day(w.getHeldSince()), limit, over);
                })
                .filter(java.util.Objects::nonNull).limit(MAX_ROWS).toList();
    }
}
