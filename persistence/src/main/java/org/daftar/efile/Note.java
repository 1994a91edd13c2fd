package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;

/**
 * A paragraph of the green sheet (टीप). While the file stays on its author's desk the note is a
 * draft that the author may edit or delete; the moment the file moves it becomes permanent, and
 * then neither this class nor the database (a trigger) lets it change.
 */
@Entity
@Table(name = "note")
public class Note {

    public static final int BODY_MAX = 30_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", nullable = false)
    private EFile file;

    @Column(name = "para_no", nullable = false)
    private int para;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_user_id", nullable = false)
    private User author;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_post_id", nullable = false)
    private Post authorPost;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    /** Sanitised limited rich text (see the service): never raw user HTML. */
    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false)
    private boolean permanent;

    @Version
    private int version;

    protected Note() {
    }

    /** Writes the next paragraph of {@code file}; only the holder of the file may note on it. */
    public Note(EFile file, Post authorPost, User author, String sanitisedBody, Instant now) {
        requireOnDesk(file, authorPost);
        this.file = file;
        this.authorPost = authorPost;
        this.author = author;
        this.body = body(sanitisedBody);
        this.writtenAt = now;
        this.para = file.nextPara();
    }

    public void edit(Post post, User user, String sanitisedBody, Instant now) {
        requireDraftOf(post, user);
        this.body = body(sanitisedBody);
        this.editedAt = now;
    }

    /** Checks that the note may be deleted and frees its paragraph number. */
    public void discard(Post post, User user) {
        requireDraftOf(post, user);
        file.paraRemoved();
    }

    /** A draft after a deleted one moves up a paragraph. */
    public void moveUp() {
        if (!permanent) {
            para--;
        }
    }

    public void makePermanent() { this.permanent = true; }

    private void requireDraftOf(Post post, User user) {
        if (permanent) {
            throw BusinessException.conflict("note.permanent");
        }
        if (!author.equals(user) || !authorPost.equals(post)) {
            throw BusinessException.forbidden("note.notAuthor");
        }
        requireOnDesk(file, post);
    }

    private static void requireOnDesk(EFile file, Post post) {
        if (!file.getHolder().equals(post)) {
            throw BusinessException.conflict("item.moved");
        }
        if (file.getStatus() == ItemStatus.CLOSED) {
            throw BusinessException.conflict("movement.closed");
        }
    }

    private static String body(String text) {
        return Inputs.requiredText(text, BODY_MAX, "note.text");
    }

    public Long getId() { return id; }
    public EFile getFile() { return file; }
    public int getPara() { return para; }
    public User getAuthor() { return author; }
    public Post getAuthorPost() { return authorPost; }
    public Instant getWrittenAt() { return writtenAt; }
    public Instant getEditedAt() { return editedAt; }
    public String getBody() { return body; }
    public boolean isPermanent() { return permanent; }
}
