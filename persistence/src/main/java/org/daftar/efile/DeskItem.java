package org.daftar.efile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.daftar.org.Post;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The columns of a {@link WorkItem} that the desk lists read and filter on, mapped on the same table
 * without the receipt/file inheritance: a list of a desk is then one read of {@code work_item}
 * along its desk index. Queried through {@link WorkItem} instead, every row would be outer-joined to
 * the receipt and file tables to tell its class, and the database would sort the whole desk to
 * find the first page. Read only: items are changed through {@link WorkItem} alone.
 */
@Entity
@Table(name = "work_item")
public class DeskItem {

    @Id
    private Long id;

    @Column(name = "kind", insertable = false, updatable = false)
    private String kind;

    @Column(name = "item_number", insertable = false, updatable = false)
    private String number;

    @Column(insertable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private Priority priority;

    @Column(insertable = false, updatable = false)
    private int urgency;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private ItemStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_post_id", insertable = false, updatable = false)
    private Post holder;

    @Column(name = "held_since", insertable = false, updatable = false)
    private Instant heldSince;

    @Column(insertable = false, updatable = false)
    private boolean opened;

    @Column(name = "reply_by", insertable = false, updatable = false)
    private LocalDate replyBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_post_id", insertable = false, updatable = false)
    private Post createdByPost;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seq", insertable = false, updatable = false)
    private int lastSeq;

    protected DeskItem() {
    }

    public Long getId() { return id; }
}
