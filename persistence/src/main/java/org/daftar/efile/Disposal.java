package org.daftar.efile;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit of work disposed of by a person on a working day: forwarding a file with a note, closing
 * an item, dispatching a letter. "Disposed of at least one file today" is counted from these rows.
 */
@Entity
@Table(name = "disposal")
public class Disposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisposalKind kind;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected Disposal() {
    }

    public Disposal(Long userId, Long postId, Long itemId, DisposalKind kind, Instant now) {
        this.userId = userId;
        this.postId = postId;
        this.itemId = itemId;
        this.kind = kind;
        this.occurredAt = now;
        this.workDate = now.atZone(org.daftar.calendar.WorkingCalendar.INDIA).toLocalDate();
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getPostId() { return postId; }
    public Long getItemId() { return itemId; }
    public DisposalKind getKind() { return kind; }
    public LocalDate getWorkDate() { return workDate; }
    public Instant getOccurredAt() { return occurredAt; }
}
