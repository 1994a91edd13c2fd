package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.audit.AuditEntry;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of an item's own audit hash chain: created, opened, noted, moved, documents added,
 * drafts approved, letters dispatched. Each entry hashes the previous one of the same item, so
 * altering or removing any entry is detected, and files never queue behind each other for a
 * district-wide chain head.
 */
@Entity
@Table(name = "item_audit")
@IdClass(ItemAudit.Key.class)
public class ItemAudit {

    /** The composite key (a plain class: JPA sets its fields). */
    public static class Key implements Serializable {
        private Long itemId;
        private int seq;

        public Key() {
        }

        public Key(Long itemId, int seq) {
            this.itemId = itemId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(itemId, k.itemId) && java.util.Objects.equals(seq, k.seq);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(itemId, seq); }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(name = "audit_action", nullable = false, length = 40)
    private String action;

    @Column(length = 1000)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected ItemAudit() {
    }

    ItemAudit(Long itemId, int seq, Instant at, String actor, String action, String detail, String prevHash) {
        this.itemId = itemId;
        this.seq = seq;
        this.occurredAt = at;
        this.actor = actor == null ? "-" : actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    public String computeHash() {
        return AuditEntry.sha256(Long.toString(itemId), Integer.toString(seq), Long.toString(occurredAt.toEpochMilli()),
                actor, action, detail == null ? "" : detail, prevHash);
    }

    public Long getItemId() { return itemId; }
    public int getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getDetail() { return detail; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
