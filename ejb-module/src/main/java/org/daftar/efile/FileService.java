package org.daftar.efile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.document.RichText;
import org.daftar.org.Codes;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Files (नस्ती): opening one under a subject head, the green sheet of notes and the yellow sheet of
 * correspondence. Only the holder writes; notes are sanitised limited rich text.
 */
@Stateless
public class FileService {

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

    /** Compliance documents are e-Samiksha's: it decides who may open them. */
    @Inject
    private org.daftar.samiksha.SamikshaService samiksha;

    @Inject
    private Clock clock;

    @Inject
    private Event<ItemChanged> changed;

    /** Opens a file on the desk of {@code postId} and puts the given receipts (on the same desk) into it. */
    public EFile create(FileForm f, Long postId) {
        Actor actor = desks.acting(postId);
        SubjectHead head = head(f, actor);
        Inputs.requiredText(f.getSubject(), WorkItem.SUBJECT_MAX, "item.subject");
        Instant now = clock.instant();
        int year = now.atZone(WorkingCalendar.INDIA).getYear();
        int serial = numbering.next("F/" + head.getId() + "/" + year);
        EFile file = new EFile(head, year, serial, f.getSubject(), nz(f.getCategory(), Category.GENERAL),
                nz(f.getPriority(), Priority.ORDINARY), f.isConfidential(), actor.post(), actor.user(), now);
        em.persist(file);
        em.flush();
        movements.record(file, file.created(actor.user()), actor, now);
        for (Long receiptId : f.getReceiptIds()) {
            putIn(file, desks.open(Receipt.class, receiptId), actor, now);
        }
        changed.fire(new ItemChanged(file.getId(), actor.post().getId(), null, MovementAction.CREATE));
        return file;
    }

    /** Puts a receipt on the caller's desk into a file on the same desk, as its next correspondence item. */
    public Details.CorrespondenceRow putReceipt(Long fileId, Long receiptId) {
        EFile file = desks.open(EFile.class, fileId);
        Actor actor = desks.holderOf(file);
        Correspondence c = putIn(file, desks.open(Receipt.class, receiptId), actor, clock.instant());
        return new Details.CorrespondenceRow(c.getId(), c.getNumber(), c.label(), c.getKind(), c.getTitle(),
                receiptId, views.documentsOf(receiptId), c.getAddedAt());
    }

    private Correspondence putIn(EFile file, Receipt receipt, Actor actor, Instant now) {
        if (!actor.user().holds(receipt.getHolder())) {
            throw BusinessException.forbidden("receipt.putInFile.notHolder");
        }
        Movement m = receipt.putInto(file, actor.user(), now);
        movements.record(receipt, m, actor, now);
        Correspondence c = Correspondence.ofReceipt(file, receipt, actor.user(), now);
        em.persist(c);
        em.persist(file.audit(actor.login(), "RECEIPT_PUT_IN", c.label() + " " + receipt.getNumber(), now));
        movements.flush(file);
        changed.fire(new ItemChanged(receipt.getId(), receipt.getHolder().getId(), null, MovementAction.PUT_IN_FILE));
        return c;
    }

    /** Writes the next paragraph of the green sheet as a draft of the caller. */
    public Details.NoteRow addNote(Long fileId, String text) {
        EFile file = desks.open(EFile.class, fileId);
        Actor actor = desks.holderOf(file);
        Instant now = clock.instant();
        Note n = new Note(file, actor.post(), actor.user(), RichText.sanitize(text), now);
        em.persist(n);
        em.persist(file.audit(actor.login(), "NOTE_WRITTEN", "para " + n.getPara() + " sha256=" + AuditHash.of(n.getBody()), now));
        movements.flush(file);
        return row(n, true);
    }

    public Details.NoteRow editNote(Long fileId, Long noteId, String text) {
        Note n = note(fileId, noteId);
        Actor actor = desks.holderOf(n.getFile());
        Instant now = clock.instant();
        n.edit(actor.post(), actor.user(), RichText.sanitize(text), now);
        em.persist(n.getFile().audit(actor.login(), "NOTE_EDITED", "para " + n.getPara() + " sha256=" + AuditHash.of(n.getBody()), now));
        movements.flush(n.getFile());
        return row(n, true);
    }

    public void deleteNote(Long fileId, Long noteId) {
        Note n = note(fileId, noteId);
        EFile file = n.getFile();
        Actor actor = desks.holderOf(file);
        n.discard(actor.post(), actor.user());
        em.persist(file.audit(actor.login(), "NOTE_DELETED", "para " + n.getPara(), clock.instant()));
        em.remove(n);
        em.flush();
        em.createQuery("select x from Note x where x.file = :f and x.para > :para and x.permanent = :no order by x.para", Note.class).setParameter("no", false)
                .setParameter("f", file).setParameter("para", n.getPara()).getResultList().forEach(Note::moveUp);
        movements.flush(file);
    }

    /** Uploads a document into the file's correspondence. */
    public Details.CorrespondenceRow addDocument(Long fileId, String fileName, String title, InputStream content) {
        EFile file = desks.open(EFile.class, fileId);
        Actor actor = desks.holderOf(file);
        if (!file.getStatus().isPending()) {
            throw BusinessException.conflict("movement.closed");
        }
        Instant now = clock.instant();
        Document d = documents.store(file, fileName, content, actor.user());
        Correspondence c = Correspondence.ofDocument(file, d, Inputs.optionalText(title, WorkItem.SUBJECT_MAX, "document.title"),
                actor.user(), now);
        em.persist(c);
        em.persist(file.audit(actor.login(), "DOCUMENT_ADDED", c.label() + " " + d.getFileName() + " sha256=" + d.getSha256(), now));
        movements.flush(file);
        return new Details.CorrespondenceRow(c.getId(), c.getNumber(), c.label(), c.getKind(), c.getTitle(), null,
                List.of(Details.DocumentRow.of(d)), c.getAddedAt());
    }

    /** Links another file the caller may open as a cross-reference. */
    public void refer(Long fileId, String otherNumber) {
        EFile file = desks.open(EFile.class, fileId);
        Actor actor = desks.holderOf(file);
        EFile other = em.createQuery("select f from EFile f where f.number = :n", EFile.class)
                .setParameter("n", Codes.normalise(otherNumber))
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("file.reference.unknown", otherNumber));
        desks.open(EFile.class, other.getId());
        file.refer(other);
        em.persist(file.audit(actor.login(), "REFERENCE_ADDED", other.getNumber(), clock.instant()));
        movements.flush(file);
    }

    /** The id of the file with this number, if the caller may open it. */
    public Long fileIdByNumber(String number) {
        Long id = em.createQuery("select f.id from EFile f where f.number = :n", Long.class).setParameter("n", Codes.normalise(number))
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("file.reference.unknown", number));
        return desks.open(EFile.class, id).getId();
    }

    /** The id of the receipt with this number on one of the caller's desks. */
    public Long receiptIdByNumber(String number) {
        Long id = em.createQuery("select r.id from Receipt r where r.number = :n", Long.class).setParameter("n", Codes.normalise(number))
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("receipt.unknown", number));
        return desks.open(Receipt.class, id).getId();
    }

    /** Opens a file for reading (marks it read when the caller holds it). */
    public Details.FileDetail view(Long id) {
        EFile f = desks.open(EFile.class, id);
        movements.opened(f);
        return views.file(f);
    }

    /**
     * A document the caller may see: it belongs to an item they may open, to a receipt inside such a
     * file, or to the compliance report of an instruction they may see.
     */
    public Document document(Long documentId) {
        Document d = documentId == null ? null : em.find(Document.class, documentId);
        if (d != null && d.getAssignmentId() != null) {
            samiksha.requireMayViewCompliance(d.getAssignmentId());
            return d;
        }
        if (d == null || d.getItemId() == null) {
            // a document of no item (a jandarshan application's) is served with its register's own check
            throw BusinessException.notFound("document.notFound");
        }
        WorkItem owner = em.find(WorkItem.class, d.getItemId());
        User user = desks.reader();
        if (owner instanceof Receipt r && r.getFile() != null && desks.mayOpen(user, r.getFile())) {
            return d;
        }
        desks.open(WorkItem.class, d.getItemId());
        return d;
    }

    /** The subject heads a post's section files under. */
    public List<SubjectHead> subjectHeads(Long postId) {
        Actor actor = desks.acting(postId);
        return em.createQuery("select h from SubjectHead h where h.section = :s and h.active = :yes order by h.code", SubjectHead.class).setParameter("yes", true)
                .setParameter("s", actor.post().getSection()).getResultList();
    }

    private SubjectHead head(FileForm f, Actor actor) {
        SubjectHead head = null;
        if (f.getSubjectHeadId() != null) {
            head = em.find(SubjectHead.class, f.getSubjectHeadId());
        } else if (f.getSubjectHeadCode() != null) {
            head = em.createQuery("select h from SubjectHead h where h.section = :s and h.code = :c", SubjectHead.class)
                    .setParameter("s", actor.post().getSection()).setParameter("c", Codes.normalise(f.getSubjectHeadCode()))
                    .getResultStream().findFirst().orElse(null);
        }
        if (head == null || !head.isActive() || !head.getSection().equals(actor.post().getSection())) {
            throw new BusinessException("file.subjectHead.unknown");
        }
        return head;
    }

    private Note note(Long fileId, Long noteId) {
        Note n = noteId == null ? null : em.find(Note.class, noteId);
        if (n == null || !n.getFile().getId().equals(fileId)) {
            throw BusinessException.notFound("note.notFound");
        }
        desks.open(EFile.class, fileId);
        return n;
    }

    private static Details.NoteRow row(Note n, boolean mayEdit) {
        return new Details.NoteRow(n.getId(), n.getPara(), n.getBody(), n.getAuthor().getNameEn(), n.getAuthor().getNameHi(),
                Details.PostName.of(n.getAuthorPost()), n.getWrittenAt(), n.getEditedAt(), n.isPermanent(), mayEdit && !n.isPermanent());
    }

    private static <T> T nz(T value, T otherwise) { return value == null ? otherwise : value; }
}
