package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.org.Post;
import org.daftar.user.User;

import java.time.Instant;

/** One revision of a draft letter: kept for ever, so the approved text can be compared with earlier ones. */
@Entity
@Table(name = "draft_version")
public class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id", nullable = false)
    private Draft draft;

    @Column(name = "version_no", nullable = false)
    private int number;

    /** Sanitised limited rich text. */
    @Column(nullable = false, length = Note.BODY_MAX)
    private String body;

    /** One addressee per line. */
    @Column(nullable = false, length = 2000)
    private String recipients;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "written_by_user_id", nullable = false)
    private User writtenBy;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "written_by_post_id", nullable = false)
    private Post writtenByPost;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected DraftVersion() {
    }

    DraftVersion(Draft draft, int number, String body, String recipients, Post post, User by, Instant now) {
        this.draft = draft;
        this.number = number;
        this.body = Inputs.requiredText(body, Note.BODY_MAX, "draft.body");
        this.recipients = Inputs.requiredText(recipients, 2000, "draft.recipients");
        this.writtenByPost = post;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    public java.util.List<String> recipientLines() {
        return recipients.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public Draft getDraft() { return draft; }
    public int getNumber() { return number; }
    public String getBody() { return body; }
    public String getRecipients() { return recipients; }
    public User getWrittenBy() { return writtenBy; }
    public Post getWrittenByPost() { return writtenByPost; }
    public Instant getWrittenAt() { return writtenAt; }
}
