package org.daftar.web.efile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Details;
import org.daftar.efile.FileService;
import org.daftar.web.i18n.Messages;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file (नस्ती): the green sheet of notes beside the yellow sheet of correspondence, a document
 * viewer, and the movement panel. Only the holder sees the note editor.
 */
@Named
@ViewScoped
public class FilePage extends ItemPage {

    @Inject
    private FileService files;

    @Inject
    private org.daftar.efile.DraftService drafts;

    private Details.FileDetail file;
    private String noteText;
    private Long editingNoteId;
    private Long shownDocumentId;
    private String receiptNumber;
    private String referenceNumber;
    private String documentTitle;
    private transient Part upload;
    private Long draftId;
    private String draftSubject;
    private String draftRecipients;
    private String draftBody;
    private org.daftar.efile.DispatchMode dispatchMode = org.daftar.efile.DispatchMode.POST;
    private String dispatchEmails;
    /** The open instructions whose compliance closing or dispatching from this file proposes. */
    private String linkedInstructions;

    @Inject
    private org.daftar.samiksha.LinkedCompliance linked;

    @Override
    protected void read() {
        file = files.view(id);
        linkedInstructions = String.join(", ", linked.openInstructions(id));
        if (shownDocumentId == null) {
            file.correspondence().stream().flatMap(c -> c.documents().stream()).findFirst()
                    .ifPresent(d -> shownDocumentId = d.id());
        }
    }

    @Override
    public Details.ItemState state() { return file == null ? null : file.item(); }

    /** Whether a note on the page may be deleted by the viewer: only then does the page carry the confirmation dialog. */
    public boolean isNoteDeletable() {
        return file != null && file.notes().stream().anyMatch(Details.NoteRow::mayEdit);
    }

    public void saveNote() {
        if (editingNoteId == null) {
            files.addNote(id, noteText);
        } else {
            files.editNote(id, editingNoteId, noteText);
        }
        Messages.info(null, "note.saved");
        noteText = null;
        editingNoteId = null;
        read();
    }

    public void edit(Details.NoteRow n) {
        editingNoteId = n.id();
        noteText = n.body();
    }

    public void cancelEdit() {
        editingNoteId = null;
        noteText = null;
    }

    public void delete(Details.NoteRow n) {
        files.deleteNote(id, n.id());
        Messages.info(null, "note.deleted");
        read();
    }

    public void addDocument() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.error(null, "upload.empty");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            shownDocumentId = files.addDocument(id, upload.getSubmittedFileName(), documentTitle, in).documents().get(0).id();
        }
        documentTitle = null;
        Messages.info(null, "upload.done");
        read();
    }

    public void putReceipt() {
        files.putReceipt(id, files.receiptIdByNumber(receiptNumber));
        receiptNumber = null;
        Messages.info(null, "file.receiptPut");
        read();
    }

    public void refer() {
        files.refer(id, referenceNumber);
        referenceNumber = null;
        read();
    }

    /** Saves a new draft letter, or a new version of the one being revised. */
    public void saveDraft() {
        if (draftId == null) {
            drafts.create(id, draftSubject, draftBody, draftRecipients);
        } else {
            drafts.revise(draftId, draftSubject, draftBody, draftRecipients);
        }
        Messages.info(null, "draft.saved");
        cancelDraft();
        read();
    }

    public void revise(Details.DraftRow d) {
        draftId = d.id();
        draftSubject = d.subject();
        draftRecipients = d.recipients();
        draftBody = d.body();
    }

    public void cancelDraft() {
        draftId = null;
        draftSubject = null;
        draftRecipients = null;
        draftBody = null;
    }

    public void approve(Details.DraftRow d) {
        drafts.approve(d.id());
        Messages.info(null, "draft.approved");
        read();
    }

    public void dispatch(Details.DraftRow d) {
        var x = drafts.dispatch(d.id(), dispatchMode, dispatchEmails);
        Messages.info(null, "draft.dispatched", x.getNumber());
        dispatchEmails = null;
        shownDocumentId = x.getDocument().getId();
        read();
    }

    public org.daftar.efile.DispatchMode[] getDispatchModes() { return org.daftar.efile.DispatchMode.values(); }
    public Long getDraftId() { return draftId; }
    public String getDraftSubject() { return draftSubject; }
    public void setDraftSubject(String draftSubject) { this.draftSubject = draftSubject; }
    public String getDraftRecipients() { return draftRecipients; }
    public void setDraftRecipients(String draftRecipients) { this.draftRecipients = draftRecipients; }
    public String getDraftBody() { return draftBody; }
    public void setDraftBody(String draftBody) { this.draftBody = draftBody; }
    public org.daftar.efile.DispatchMode getDispatchMode() { return dispatchMode; }
    public void setDispatchMode(org.daftar.efile.DispatchMode dispatchMode) { this.dispatchMode = dispatchMode; }
    public String getDispatchEmails() { return dispatchEmails; }
    public void setDispatchEmails(String dispatchEmails) { this.dispatchEmails = dispatchEmails; }

    private static final java.util.regex.Pattern C_REF = java.util.regex.Pattern.compile("\\bC/(\\d{1,5})\\b");

    /**
     * A note's sanitised text with its references to correspondence ("C/5") as links to that item
     * of the yellow sheet. The body holds only text and the few tags the sanitiser keeps, none with
     * attributes, so the pattern can only meet text.
     */
    public String withLinks(String body) {
        return body == null ? "" : C_REF.matcher(body).replaceAll("<a href=\"#c-$1\" class=\"c-ref\">C/$1</a>");
    }

    public void show(Long documentId) { this.shownDocumentId = documentId; }

    public Details.DocumentRow getShownDocument() {
        return file == null || shownDocumentId == null ? null
                : file.correspondence().stream().flatMap(c -> c.documents().stream())
                .filter(d -> d.id().equals(shownDocumentId)).findFirst().orElse(null);
    }

    public Details.FileDetail getFile() { return file; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
    public Long getEditingNoteId() { return editingNoteId; }
    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public String getReferenceNumber() { return referenceNumber; }
    public void setReferenceNumber(String referenceNumber) { this.referenceNumber = referenceNumber; }
    public String getDocumentTitle() { return documentTitle; }
    public void setDocumentTitle(String documentTitle) { this.documentTitle = documentTitle; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }

    public String getLinkedInstructions() { return linkedInstructions; }
}
