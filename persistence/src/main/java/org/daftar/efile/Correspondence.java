package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.user.User;

import java.time.Instant;

/**
 * An item of a file's yellow sheet (पत्राचार), numbered C/1, C/2, … through the file: a receipt put
 * into the file, an uploaded document, or a letter the file issued.
 */
@Entity
@Table(name = "correspondence")
public class Correspondence {

    public enum Kind { RECEIPT, DOCUMENT, LETTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", nullable = false)
    private EFile file;

    @Column(name = "c_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = WorkItem.SUBJECT_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "receipt_id")
    private Receipt receipt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "added_by_user_id", nullable = false)
    private User addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Correspondence() {
    }

    private Correspondence(EFile file, Kind kind, String title, Receipt receipt, Document document, User by, Instant now) {
        this.file = file;
        this.number = file.nextCorrespondence();
        this.kind = kind;
        this.title = title.length() <= WorkItem.SUBJECT_MAX ? title : title.substring(0, WorkItem.SUBJECT_MAX);
        this.receipt = receipt;
        this.document = document;
        this.addedBy = by;
        this.addedAt = now;
    }

    public static Correspondence ofReceipt(EFile file, Receipt receipt, User by, Instant now) {
        return new Correspondence(file, Kind.RECEIPT, receipt.getNumber() + " — " + receipt.getSubject(), receipt, null, by, now);
    }

    public static Correspondence ofDocument(EFile file, Document document, String title, User by, Instant now) {
        return new Correspondence(file, Kind.DOCUMENT, title == null ? document.getFileName() : title, null, document, by, now);
    }

    public static Correspondence ofLetter(EFile file, Document pdf, String title, User by, Instant now) {
        return new Correspondence(file, Kind.LETTER, title, null, pdf, by, now);
    }

    /** "C/5", as notes refer to it. */
    public String label() { return "C/" + number; }

    public Long getId() { return id; }
    public EFile getFile() { return file; }
    public int getNumber() { return number; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public Receipt getReceipt() { return receipt; }
    public Document getDocument() { return document; }
    public User getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
