package org.daftar.samiksha;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Desks;
import org.daftar.efile.DisposalKind;
import org.daftar.efile.ItemDisposed;
import org.daftar.efile.WorkItem;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Instructions whose work is done in an e-file: closing that file, or dispatching a letter from it,
 * proposes the compliance report to each assignee still open; the assignee reads the proposal on
 * "my instructions" and confirms it (or writes their own). Nothing is reported without them.
 */
@Stateless
public class LinkedCompliance {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private jakarta.enterprise.event.Event<AssignmentChanged> changed;

    public void disposed(@Observes ItemDisposed e) {
        String day = DATE.format(e.at().atZone(WorkingCalendar.INDIA));
        String text = e.kind() == DisposalKind.DISPATCH
                ? "पत्र " + e.reference() + " प्रेषित, नस्ती " + e.item().getNumber() + " से (" + day + ") / Letter "
                + e.reference() + " dispatched from " + e.item().getNumber() + " on " + day
                : e.item().getNumber() + " बंद (" + day + ") / " + e.item().getNumber() + " closed on " + day;
        for (Assignment a : open(e.item().getId())) {
            a.propose(text);
            changed.fire(new AssignmentChanged(a.getId(), a.getAssignee().getId()));
        }
    }

    /** The numbers of the instructions still open that are linked to an item the caller may open, for its page. */
    public List<String> openInstructions(Long itemId) {
        desks.open(WorkItem.class, itemId);
        return open(itemId).stream().map(a -> a.getInstruction().getNumber()).distinct().toList();
    }

    private List<Assignment> open(Long itemId) {
        return em.createQuery("select a from Assignment a join a.instruction i join i.itemIds x "
                        + "where x = :item and a.status = :open order by a.id", Assignment.class)
                .setParameter("item", itemId).setParameter("open", AssignmentStatus.OPEN).getResultList();
    }
}
