package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.org.Post;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in an item's journey. Movements are numbered per item without gaps (the unique key
 * (item, seq) and the item's version guarantee it under concurrency) and are never changed or
 * deleted: the database refuses it.
 */
@Entity
@Table(name = "movement")
public class Movement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MovementAction action;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_post_id", nullable = false)
    private Post fromPost;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_post_id", nullable = false)
    private Post toPost;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_user_id", nullable = false)
    private User actor;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    @Column(length = WorkItem.REMARK_MAX)
    private String remark;

    @Column(name = "reply_by")
    private LocalDate replyBy;

    @Transient
    private WorkItem item;

    protected Movement() {
    }

    Movement(WorkItem item, int seq, MovementAction action, Post from, Post to, User actor, Instant at,
             String remark, LocalDate replyBy) {
        this.item = item;
        this.itemId = item.getId();
        this.seq = seq;
        this.action = action;
        this.fromPost = from;
        this.toPost = to;
        this.actor = actor;
        this.movedAt = at;
        this.remark = remark;
        this.replyBy = replyBy;
    }

    /** The item's id is known only after it is first flushed; the first movement is bound then. */
    @PrePersist
    void bindItem() {
        if (itemId == null && item != null) {
            itemId = item.getId();
        }
    }

    /** Whether this step hands the item to someone else (the holder changes). */
    public boolean changesHolder() { return !fromPost.equals(toPost); }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public int getSeq() { return seq; }
    public MovementAction getAction() { return action; }
    public Post getFromPost() { return fromPost; }
    public Post getToPost() { return toPost; }
    public User getActor() { return actor; }
    public Instant getMovedAt() { return movedAt; }
    public String getRemark() { return remark; }
    public LocalDate getReplyBy() { return replyBy; }
}
