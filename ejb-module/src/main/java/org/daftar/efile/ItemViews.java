package org.daftar.efile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.user.User;

import java.util.List;

/** Reads a receipt or file into the records the pages and the API show, with what the caller may do now. */
@Stateless
public class ItemViews {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    public Details.ItemState state(WorkItem w, User user) {
        boolean holds = user.holds(w.getHolder());
        boolean pending = w.getStatus().isPending();
        Movement last = em.createQuery("select m from Movement m where m.itemId = :item and m.seq = :seq", Movement.class)
                .setParameter("item", w.getId()).setParameter("seq", w.getLastSeq()).getSingleResult();
        boolean mayPullBack = pending && !w.isOpened() && last.changesHolder()
                && (last.getAction() == MovementAction.SEND || last.getAction() == MovementAction.RETURN)
                && user.holds(last.getFromPost());
        boolean mayReopen = (w.getStatus() == ItemStatus.CLOSED && (holds
                || user.currentPosts().stream().anyMatch(p -> p.isSuperiorOf(w.getHolder()))))
                || (w.getStatus() == ItemStatus.PARKED && holds);
        return new Details.ItemState(w.getId(), w.getKind(), w.getNumber(), w.getSubject(), w.getCategory(),
                w.getPriority(), w.getStatus(), w.getStatusReason(), Details.PostName.of(w.getHolder()), w.getHeldSince(),
                w.getReplyBy(), w.getLastSeq(), w.getCreatedAt(), Details.PostName.of(w.getCreatedByPost()),
                holds && pending, mayPullBack, mayReopen);
    }

    public Details.ReceiptDetail receipt(Receipt r) {
        User user = desks.reader();
        Sender s = r.getSender();
        return new Details.ReceiptDetail(state(r, user), s.getName(), s.getDesignation(), s.getOrganisation(),
                s.getAddress(), r.getMode(), r.getLetterNumber(), r.getLetterDate(), r.getReceivedOn(),
                r.getFile() == null ? null : r.getFile().getId(), r.getFile() == null ? null : r.getFile().getNumber(),
                documentsOf(r.getId()));
    }

    public Details.FileDetail file(EFile f) {
        User user = desks.reader();
        boolean holds = user.holds(f.getHolder()) && f.getStatus().isPending();
        List<Details.NoteRow> notes = notesOf(f).stream()
                .map(n -> new Details.NoteRow(n.getId(), n.getPara(), n.getBody(), n.getAuthor().getNameEn(),
                        n.getAuthor().getNameHi(), Details.PostName.of(n.getAuthorPost()), n.getWrittenAt(),
                        n.getEditedAt(), n.isPermanent(),
                        holds && !n.isPermanent() && n.getAuthor().getId().equals(user.getId()) && n.getAuthorPost().equals(f.getHolder())))
                .toList();
        List<Details.CorrespondenceRow> correspondence = em.createQuery(
                        "select c from Correspondence c where c.file = :f order by c.number", Correspondence.class)
                .setParameter("f", f).getResultList().stream()
                .map(c -> new Details.CorrespondenceRow(c.getId(), c.getNumber(), c.label(), c.getKind(), c.getTitle(),
                        c.getReceipt() == null ? null : c.getReceipt().getId(),
                        c.getReceipt() != null ? documentsOf(c.getReceipt().getId())
                                : c.getDocument() == null ? List.of() : List.of(Details.DocumentRow.of(c.getDocument())),
                        c.getAddedAt()))
                .toList();
        List<Details.DraftRow> drafts = em.createQuery("select d from Draft d where d.file = :f order by d.id", Draft.class)
                .setParameter("f", f).getResultList().stream().map(this::draftRow).toList();
        return new Details.FileDetail(state(f, user), Details.Head.of(f.getSubjectHead()),
                f.isConfidential(), notes, correspondence, drafts,
                f.getReferences().stream().map(WorkItem::getNumber).sorted().toList());
    }

    /**
     * The file's notes in paragraph order, with what each row shows of its author (names, roles) and
     * of the author's post (names, section) read for all the notes at once, one query per path,
     * instead of a user, its roles and a section per distinct author (the file page reads this twice
     * per forward: on opening and after the move).
     */
    private List<Note> notesOf(EFile f) {
        TypedQuery<Note> q = em.createQuery("select n from Note n where n.file = :f order by n.para", Note.class)
                .setParameter("f", f);
        for (String path : NOTE_PATHS) {
            q.setHint(BATCH, path);
        }
        return q.setHint(BATCH_TYPE, "IN").getResultList();
    }

    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final List<String> NOTE_PATHS = List.of("n.author", "n.author.roles", "n.authorPost", "n.authorPost.section");

    private Details.DraftRow draftRow(Draft d) {
        DraftVersion v = d.latest();
        String dispatch = d.getStatus() == Draft.Status.DISPATCHED
                ? em.createQuery("select x.number from Dispatch x where x.draft = :d", String.class).setParameter("d", d)
                .getResultStream().findFirst().orElse(null)
                : null;
        return new Details.DraftRow(d.getId(), d.getSubject(), d.getStatus(), v.getNumber(), v.getBody(), v.getRecipients(),
                v.getWrittenAt(), d.getApprovedBy() == null ? null : d.getApprovedBy().getNameEn(), d.getApprovedAt(), dispatch);
    }

    public List<Details.DocumentRow> documentsOf(Long itemId) {
        return em.createQuery("select d from Document d where d.itemId = :item order by d.id", Document.class)
                .setParameter("item", itemId).getResultList().stream().map(Details.DocumentRow::of).toList();
    }
}
