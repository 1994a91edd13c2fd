package org.daftar.web.efile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Details;
import org.daftar.efile.FileService;
import org.daftar.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

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

    private Details.FileDetail file;
    private String noteText;
    private Long editingNoteId;
    private Long shownDocumentId;
    private String receiptNumber;
    private String referenceNumber;
    private String documentTitle;
    private transient UploadedFile upload;

    @Override
    protected void read() {
        file = files.view(id);
        if (shownDocumentId == null) {
            file.correspondence().stream().flatMap(c -> c.documents().stream()).findFirst()
                    .ifPresent(d -> shownDocumentId = d.id());
        }
    }

    @Override
    public Details.ItemState state() { return file == null ? null : file.item(); }

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
            shownDocumentId = files.addDocument(id, upload.getFileName(), documentTitle, in).documents().get(0).id();
        }
        documentTitle = null;
        Messages.info(null, "upload.done");
        read();
    }

    public void putReceipt() {
        files.putReceipt(id, receiptIdOf(receiptNumber));
        receiptNumber = null;
        Messages.info(null, "file.receiptPut");
        read();
    }

    public void refer() {
        files.refer(id, referenceNumber);
        referenceNumber = null;
        read();
    }

    public void show(Long documentId) { this.shownDocumentId = documentId; }

    public Details.DocumentRow getShownDocument() {
        return file == null || shownDocumentId == null ? null
                : file.correspondence().stream().flatMap(c -> c.documents().stream())
                .filter(d -> d.id().equals(shownDocumentId)).findFirst().orElse(null);
    }

    private Long receiptIdOf(String number) {
        return files.receiptIdByNumber(number);
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
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
