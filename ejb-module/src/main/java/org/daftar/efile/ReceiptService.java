package org.daftar.efile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.platform.BusinessException;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Diarising incoming letters (डाक) and what can be done with a receipt besides moving it. */
@Stateless
public class ReceiptService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private Numbering numbering;

    @Inject
    private MovementService movements;

    @Inject
    private Documents documents;

    @Inject
    private ItemViews views;

    @Inject
    private Clock clock;

    @Inject
    private Event<ItemChanged> changed;

    /** Diarises a letter on the desk of {@code postId} (null: the caller's primary post) with the section's next number. */
    public Receipt diarise(ReceiptForm f, Long postId) {
        Actor actor = desks.acting(postId);
        Instant now = clock.instant();
        if (f.getReplyBy() != null && f.getReplyBy().isBefore(now.atZone(WorkingCalendar.INDIA).toLocalDate())) {
            throw new BusinessException("receipt.replyBy.past");
        }
        Sender sender = new Sender(f.getSenderName(), f.getSenderDesignation(), f.getSenderOrganisation(), f.getSenderAddress());
        int year = now.atZone(WorkingCalendar.INDIA).getYear();
        var section = actor.post().getSection();
        // validate everything typed before a number is taken, so a refusal never uses one up
        Inputs.requiredText(f.getSubject(), WorkItem.SUBJECT_MAX, "item.subject");
        int serial = numbering.next("R/" + section.getId() + "/" + year);
        Receipt r = new Receipt(section, year, serial, f.getSubject(), nz(f.getCategory(), Category.GENERAL),
                nz(f.getPriority(), Priority.ORDINARY), f.getReplyBy(), sender, f.getMode(), f.getLetterNumber(),
                f.getLetterDate(), f.getReceivedOn(), actor.post(), actor.user(), now);
        em.persist(r);
        em.flush();
        movements.record(r, r.created(actor.user()), actor, now);
        changed.fire(new ItemChanged(r.getId(), actor.post().getId(), null, MovementAction.CREATE));
        return r;
    }

    /** Attaches a scanned page or file to a receipt on the caller's desk. */
    public Details.DocumentRow addDocument(Long receiptId, String fileName, InputStream content) {
        Receipt r = desks.open(Receipt.class, receiptId);
        Actor actor = desks.holderOf(r);
        if (!r.getStatus().isPending()) {
            throw BusinessException.conflict("movement.closed");
        }
        Document d = documents.store(r, fileName, content, actor.user());
        em.persist(r.audit(actor.login(), "DOCUMENT_ADDED", d.getFileName() + " sha256=" + d.getSha256(), clock.instant()));
        movements.flush(r);
        return Details.DocumentRow.of(d);
    }

    /** Opens a receipt for reading (marks it read when the caller holds it). */
    public Details.ReceiptDetail view(Long id) {
        Receipt r = desks.open(Receipt.class, id);
        movements.opened(r);
        return views.receipt(r);
    }

    public List<Receipt> onMyDesk(Long postId) {
        Actor actor = desks.acting(postId);
        return em.createQuery("select r from Receipt r where r.holder = :post and r.status = :active order by r.heldSince desc", Receipt.class)
                .setParameter("post", actor.post()).setParameter("active", ItemStatus.ACTIVE).setMaxResults(200).getResultList();
    }

    private static <T> T nz(T value, T otherwise) { return value == null ? otherwise : value; }
}
