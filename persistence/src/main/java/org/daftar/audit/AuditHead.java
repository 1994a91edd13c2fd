package org.daftar.audit;

import jakarta.persistence.*;

/**
 * The tip of the audit chain: one row, locked by each appender, so that two writers (or two
 * server instances) can never append two rows with the same previous hash.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    @Id
    private int id = 1;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash = AuditEntry.GENESIS;

    protected AuditHead() {
    }

    public long getLastSeq() { return lastSeq; }
    public String getLastHash() { return lastHash; }

    public void advance(AuditEntry entry) {
        this.lastSeq = entry.getSeq();
        this.lastHash = entry.getHash();
    }
}
