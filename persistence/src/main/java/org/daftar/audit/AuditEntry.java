package org.daftar.audit;

import jakarta.persistence.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One row of the append-only audit log. Each row carries the SHA-256 of the previous row's hash
 * and its own content, so changing or deleting any row breaks every hash after it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String GENESIS = "0".repeat(64);

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(name = "audit_action", nullable = false, length = 40)
    private String action;

    @Column(name = "object_ref", length = 80)
    private String objectRef;

    @Column(length = 1000)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, Instant occurredAt, String actor, String action, String objectRef,
                      String detail, String clientAddress, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.objectRef = objectRef;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.clientAddress = clientAddress;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** The hash this row should carry given its content; differs from {@link #getHash()} after tampering. */
    public String computeHash() {
        return sha256(Long.toString(seq), Long.toString(occurredAt.toEpochMilli()),
                actor, action, nz(objectRef), nz(detail), nz(clientAddress), prevHash);
    }

    /** SHA-256 (hex) of the fields joined by the unit separator: the hash of every audit chain. */
    public static String sha256(String... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }

    public long getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getObjectRef() { return objectRef; }
    public String getDetail() { return detail; }
    public String getClientAddress() { return clientAddress; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
