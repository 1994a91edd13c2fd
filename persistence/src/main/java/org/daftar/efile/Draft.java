package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter drafted in a file for approval (अनुमोदनार्थ प्रारूप). Every revision is kept as a
 * {@link DraftVersion}; an officer holding the file approves the latest one, and only an approved
 * draft can be dispatched. An approved draft cannot be revised any more.
 */
@Entity
@Table(name = "draft")
public class Draft {

    public enum Status { DRAFT, APPROVED, DISPATCHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", nullable = false)
    private EFile file;

    @Column(nullable = false, length = WorkItem.SUBJECT_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by_user_id")
    private User approvedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by_post_id")
    private Post approvedByPost;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DraftVersion> versions = new ArrayList<>();

    @Version
    private int version;

    protected Draft() {
    }

    public Draft(EFile file, String subject, String body, String recipients, Post post, User by, Instant now) {
        requireHolder(file, post);
        this.file = file;
        this.subject = Inputs.requiredText(subject, WorkItem.SUBJECT_MAX, "draft.subject");
        versions.add(new DraftVersion(this, 1, body, recipients, post, by, now));
    }

    public DraftVersion revise(String subject, String body, String recipients, Post post, User by, Instant now) {
        requireHolder(file, post);
        if (status != Status.DRAFT) {
            throw BusinessException.conflict("draft.notEditable");
        }
        this.subject = Inputs.requiredText(subject, WorkItem.SUBJECT_MAX, "draft.subject");
        DraftVersion v = new DraftVersion(this, latest().getNumber() + 1, body, recipients, post, by, now);
        versions.add(v);
        return v;
    }

    /** The competent officer (an officer, head of department or collector holding the file) approves the latest version. */
    public void approve(Post post, User by, Instant now) {
        requireHolder(file, post);
        if (status != Status.DRAFT) {
            throw BusinessException.conflict("draft.notEditable");
        }
        if (by.getRoles().stream().noneMatch(r -> r == Role.OFFICER || r == Role.HOD || r == Role.COLLECTOR)) {
            throw BusinessException.forbidden("draft.approve.notOfficer");
        }
        this.status = Status.APPROVED;
        this.approvedBy = by;
        this.approvedByPost = post;
        this.approvedAt = now;
    }

    public void dispatched(Post post) {
        requireHolder(file, post);
        if (status != Status.APPROVED) {
            throw BusinessException.conflict("draft.notApproved");
        }
        this.status = Status.DISPATCHED;
    }

    static void requireHolder(EFile file, Post post) {
        if (!file.getHolder().equals(post)) {
            throw BusinessException.conflict("item.moved");
        }
        if (file.getStatus() == ItemStatus.CLOSED) {
            throw BusinessException.conflict("movement.closed");
        }
    }

    public DraftVersion latest() { return versions.get(versions.size() - 1); }

    public Long getId() { return id; }
    public EFile getFile() { return file; }
    public String getSubject() { return subject; }
    public Status getStatus() { return status; }
    public User getApprovedBy() { return approvedBy; }
    public Post getApprovedByPost() { return approvedByPost; }
    public Instant getApprovedAt() { return approvedAt; }
    public List<DraftVersion> getVersions() { return versions; }
}
