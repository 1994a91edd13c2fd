package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.user.User;

import java.time.Instant;

/** An approved letter sent out (प्रेषण): its dispatch number, how it went, and the PDF that was issued. */
@Entity
@Table(name = "dispatch")
public class Dispatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id", nullable = false, unique = true)
    private Draft draft;

    @Column(name = "dispatch_number", nullable = false, unique = true, length = 60)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DispatchMode mode;

    @Column(nullable = false, length = 2000)
    private String recipients;

    /** E-mail addresses the letter was sent to, comma-separated, when the mode is e-mail. */
    @Column(length = 1000)
    private String emails;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dispatched_by_user_id", nullable = false)
    private User dispatchedBy;

    @Column(name = "dispatched_at", nullable = false)
    private Instant dispatchedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false)
    private Document document;

    protected Dispatch() {
    }

    public Dispatch(Draft draft, String number, DispatchMode mode, String emails, Document pdf, User by, Instant now) {
        this.draft = draft;
        this.number = number;
        this.mode = mode;
        this.recipients = draft.latest().getRecipients();
        this.emails = emails;
        this.document = pdf;
        this.dispatchedBy = by;
        this.dispatchedAt = now;
    }

    public Long getId() { return id; }
    public Draft getDraft() { return draft; }
    public String getNumber() { return number; }
    public DispatchMode getMode() { return mode; }
    public String getRecipients() { return recipients; }
    public String getEmails() { return emails; }
    public User getDispatchedBy() { return dispatchedBy; }
    public Instant getDispatchedAt() { return dispatchedAt; }
    public Document getDocument() { return document; }
}
