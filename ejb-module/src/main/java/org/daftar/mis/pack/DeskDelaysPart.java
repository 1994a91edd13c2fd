package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.ItemStatus;
import org.daftar.efile.Priority;
import org.daftar.org.Post;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
        // the desk's columns alone (DeskItem: no receipt/file joins), along the index (status, held since, id)
        List<Object[]> held = em.createQuery("select w.number, w.subject, h, w.heldSince, w.priority from DeskItem w join w.holder h"
                        + " where w.status = :active and w.heldSince < :cutoff order by w.heldSince, w.id", Object[].class)
                .setParameter("active", ItemStatus.ACTIVE).setParameter("cutoff", scope.now().minus(Duration.ofDays(shortest)))
                .setMaxResults(MAX_ROWS * 5).getResultList();
        // their ages in one walk back over the calendar, not one per item
        LocalDate today = day(scope.now());
        Map<LocalDate, Integer> ages = scope.calendar().workingDaysBetween(held.stream().map(r -> day((Instant) r[3])).toList(), today);
        return held.stream()
                .map(r -> {
                    Post holder = (Post) r[2];
                    Instant heldSince = (Instant) r[3];
                    int limit = limits.get(((Priority) r[4]).name());
                    int over = ages.get(day(heldSince)) - limit;
                    return over <= 0 ? null : PackRow.of(holder.getDepartment().getCode(), r[0], r[1],
                            PackText.post(holder), PackText.day(heldSince), limit, over);
                })
                .filter(java.util.Objects::nonNull).limit(MAX_ROWS).toList();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(WorkingCalendar.INDIA).toLocalDate();
    }
}
