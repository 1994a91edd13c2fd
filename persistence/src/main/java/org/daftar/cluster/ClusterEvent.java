package org.daftar.cluster;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * One event committed on one instance of a pair, kept for a minute so that the other instance
 * can tell its own browsers. Carries only ids and a login, like the events themselves: pages
 * re-read what their viewer may see.
 */
@Entity
@Table(name = "cluster_event")
public class ClusterEvent {

    public enum Kind { ITEM, ASSIGNMENT, NOTICE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The instance that committed the event; it never replays its own. */
    @Column(nullable = false, length = 40)
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "ref_id")
    private Long refId;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "previous_post_id")
    private Long previousPostId;

    @Column(length = 100)
    private String detail;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected ClusterEvent() {
    }

    public ClusterEvent(String origin, Kind kind, Long refId, Long postId, Long previousPostId, String detail, Instant raisedAt) {
        this.origin = origin;
        this.kind = kind;
        this.refId = refId;
        this.postId = postId;
        this.previousPostId = previousPostId;
        this.detail = detail;
        this.raisedAt = raisedAt;
    }

    public Long getId() { return id; }
    public String getOrigin() { return origin; }
    public Kind getKind() { return kind; }
    public Long getRefId() { return refId; }
    public Long getPostId() { return postId; }
    public Long getPreviousPostId() { return previousPostId; }
    public String getDetail() { return detail; }
    public Instant getRaisedAt() { return raisedAt; }
}
