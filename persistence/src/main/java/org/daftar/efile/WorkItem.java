package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.audit.AuditEntry;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What moves from desk to desk: a receipt (डाक) or a file (नस्ती). Exactly one post holds it at
 * any time. Every change of holder or status is a {@link Movement} with the next number of the
 * item's own sequence, and the {@code @Version} makes two people acting on the same item at once
 * a conflict that one of them wins.
 * <p>
 * The item also carries the head of its own audit hash chain ({@link ItemAudit}): actions on
 * different files never wait for each other.
 */
@Entity
@Table(name = "work_item")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 8)
public abstract class WorkItem {

    public static final int SUBJECT_MAX = 1000;
    public static final int REMARK_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The discriminator, readable in queries: RECEIPT or FILE. */
    @Column(name = "kind", insertable = false, updatable = false, length = 8)
    private String kind;

    @Column(name = "item_number", nullable = false, unique = true, length = 60)
    private String number;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Priority priority;

    @Column(nullable = false)
    private int urgency;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ItemStatus status = ItemStatus.ACTIVE;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_post_id", nullable = false)
    private Post holder;

    @Column(name = "held_since", nullable = false)
    private Instant heldSince;

    /** False from arrival until the holder opens it: unread in the inbox, and the sender may still pull it back. */
    @Column(nullable = false)
    private boolean opened;

    @Column(name = "reply_by")
    private LocalDate replyBy;

    @Column(name = "status_reason", length = REMARK_MAX)
    private String statusReason;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_post_id", nullable = false)
    private Post createdByPost;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_user_id", nullable = false)
    private User createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seq", nullable = false)
    private int lastSeq;

    @Column(name = "audit_seq", nullable = false)
    private int auditSeq;

    @Column(name = "audit_hash", nullable = false, length = 64)
    private String auditHash = AuditEntry.GENESIS;

    @Version
    private int version;

    protected WorkItem() {
    }

    protected WorkItem(String number, Section section, String subject, Category category, Priority priority,
                       LocalDate replyBy, Post creator, User actor, Instant now) {
        this.number = number;
        this.section = Objects.requireNonNull(section);
        describe(subject, category, priority);
        this.replyBy = replyBy;
        this.createdByPost = creator;
        this.createdBy = actor;
        this.createdAt = now;
        this.holder = creator;
        this.heldSince = now;
        this.opened = true;
    }

    public void describe(String subject, Category category, Priority priority) {
        this.subject = Inputs.requiredText(subject, SUBJECT_MAX, "item.subject");
        this.category = Objects.requireNonNull(category, "category");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.urgency = priority.urgency();
    }

    /** The first entry of the movement chain: the item came into being on its creator's desk. */
    public Movement created(User actor) {
        return record(MovementAction.CREATE, createdByPost, createdByPost, actor, createdAt, null, replyBy);
    }

    // ---- movement rules (संचलन) -------------------------------------------------------------

    /** Sends the item from its holder to another post, with a remark and an optional reply-by date. */
    public Movement send(Post to, User actor, Instant now, String remark, LocalDate replyBy) {
        requireMovable();
        requireOtherPost(to);
        return arrive(MovementAction.SEND, to, actor, now, remark(remark), replyBy);
    }

    /** Sends the item back to the post it came from ({@code sender}, found in the movement chain). */
    public Movement returnTo(Post sender, User actor, Instant now, String remark) {
        requireMovable();
        if (sender == null) {
            throw new BusinessException("movement.return.noSender");
        }
        requireOtherPost(sender);
        return arrive(MovementAction.RETURN, sender, actor, now, remark(remark), null);
    }

    /**
     * Takes back an item this post sent, while the recipient has not opened it. {@code last} is the
     * item's latest movement: it must be a send or return from {@code puller}.
     */
    public Movement pullBack(Post puller, Movement last, User actor, Instant now, String remark) {
        if (last == null || last.getSeq() != lastSeq
                || !(last.getAction() == MovementAction.SEND || last.getAction() == MovementAction.RETURN)
                || !last.getFromPost().equals(puller)) {
            throw BusinessException.conflict("movement.pullBack.notSent");
        }
        if (opened) {
            throw BusinessException.conflict("movement.pullBack.opened");
        }
        String text = remark(remark);
        Post from = holder;
        this.holder = puller;
        this.heldSince = now;
        this.opened = true;
        return record(MovementAction.PULL_BACK, from, puller, actor, now, text, replyBy);
    }

    /** Keeps the item aside on the holder's desk with a reason; it still counts as pending. */
    public Movement park(User actor, Instant now, String reason) {
        if (status != ItemStatus.ACTIVE) {
            throw BusinessException.conflict(status == ItemStatus.PARKED ? "movement.park.already" : closedKey());
        }
        this.statusReason = Inputs.requiredText(reason, REMARK_MAX, "movement.reason");
        this.status = ItemStatus.PARKED;
        return record(MovementAction.PARK, holder, holder, actor, now, statusReason, replyBy);
    }

    /** Disposes of the item with a reason. It stays with the closing post, which may reopen it. */
    public Movement close(User actor, Instant now, String reason) {
        requireMovable();
        this.statusReason = Inputs.requiredText(reason, REMARK_MAX, "movement.reason");
        this.status = ItemStatus.CLOSED;
        return record(MovementAction.CLOSE, holder, holder, actor, now, statusReason, replyBy);
    }

    /**
     * Brings a closed item back to work on the desk of {@code by} (the closing post or a superior
     * of it), or takes a parked item off the shelf.
     */
    public Movement reopen(Post by, User actor, Instant now, String remark) {
        String text = remark(remark);
        if (status == ItemStatus.PARKED) {
            this.status = ItemStatus.ACTIVE;
            this.statusReason = null;
            return record(MovementAction.REOPEN, holder, holder, actor, now, text, replyBy);
        }
        if (status != ItemStatus.CLOSED) {
            throw BusinessException.conflict("movement.reopen.notClosed");
        }
        if (!by.equals(holder) && !by.isSuperiorOf(holder)) {
            throw BusinessException.forbidden("movement.reopen.notAllowed");
        }
        Post from = holder;
        this.status = ItemStatus.ACTIVE;
        this.statusReason = null;
        this.holder = by;
        this.heldSince = now;
        this.opened = true;
        return record(MovementAction.REOPEN, from, by, actor, now, text, replyBy);
    }

    /** The holder looked at it: no longer unread, and no longer recallable by the sender. */
    public boolean open() {
        if (opened) {
            return false;
        }
        opened = true;
        return true;
    }

    protected Movement arrive(MovementAction action, Post to, User actor, Instant now, String remark, LocalDate replyBy) {
        Post from = holder;
        this.holder = to;
        this.heldSince = now;
        this.opened = false;
        this.status = ItemStatus.ACTIVE;
        this.statusReason = null;
        this.replyBy = replyBy != null ? replyBy : this.replyBy;
        return record(action, from, to, actor, now, remark, replyBy);
    }

    /** Records a movement whose remark {@link #remark(String) was checked} before anything changed. */
    protected Movement record(MovementAction action, Post from, Post to, User actor, Instant now,
                              String checkedRemark, LocalDate replyBy) {
        return new Movement(this, ++lastSeq, action, from, to, actor, now, checkedRemark, replyBy);
    }

    /** Checks a remark before the item changes, so a refused remark leaves the item exactly as it was. */
    protected static String remark(String remark) {
        return Inputs.optionalText(remark, REMARK_MAX, "movement.remark");
    }

    protected void requireMovable() {
        if (status == ItemStatus.CLOSED || status == ItemStatus.FILED) {
            throw BusinessException.conflict(closedKey());
        }
    }

    protected void markFiled(String reason) {
        this.status = ItemStatus.FILED;
        this.statusReason = reason;
    }

    private String closedKey() {
        return status == ItemStatus.FILED ? "movement.filed" : "movement.closed";
    }

    private void requireOtherPost(Post to) {
        if (to == null) {
            throw new BusinessException("movement.toPost.required");
        }
        if (!to.isActive()) {
            throw new BusinessException("movement.toPost.inactive", to.getCode());
        }
        if (to.equals(holder)) {
            throw new BusinessException("movement.toPost.same");
        }
    }

    /** Appends to the item's own audit chain; the caller persists the entry. */
    public ItemAudit audit(String actor, String action, String detail, Instant now) {
        ItemAudit entry = new ItemAudit(id, ++auditSeq, now, actor, action, detail, auditHash);
        auditHash = entry.getHash();
        return entry;
    }

    public abstract boolean isFile();

    public Long getId() { return id; }
    public String getKind() { return isFile() ? "FILE" : "RECEIPT"; }
    public String getNumber() { return number; }
    public String getSubject() { return subject; }
    public Category getCategory() { return category; }
    public Priority getPriority() { return priority; }
    public Section getSection() { return section; }
    public ItemStatus getStatus() { return status; }
    public Post getHolder() { return holder; }
    public Instant getHeldSince() { return heldSince; }
    public boolean isOpened() { return opened; }
    public LocalDate getReplyBy() { return replyBy; }
    public String getStatusReason() { return statusReason; }
    public Post getCreatedByPost() { return createdByPost; }
    public User getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public int getLastSeq() { return lastSeq; }
    public int getAuditSeq() { return auditSeq; }
    public String getAuditHash() { return auditHash; }
    public int getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof WorkItem w && id != null && id.equals(w.id);
    }

    @Override
    public int hashCode() { return WorkItem.class.hashCode(); }

    @Override
    public String toString() { return number; }
}
