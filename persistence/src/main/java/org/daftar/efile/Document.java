package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.user.User;

import java.time.Instant;

/**
 * An uploaded or generated document (a scan of a letter, an annexure, an issued letter's PDF).
 * The bytes live in the data directory under {@link #getStorageKey()}, written completely before
 * this row commits; the SHA-256 lets anyone check that the stored bytes are the uploaded ones.
 * A document belongs to a receipt or file ({@link #getItemId()}) or to an assignee's compliance
 * report ({@link #getAssignmentId()}), never both.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The receipt or file the document belongs to; null for a compliance report's or a register's document. */
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by_user_id", nullable = false)
    private User uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Document() {
    }

    /**
     * For a receipt or file ({@code itemId}), for the compliance report of {@code assignmentId}, or,
     * with both null, for a register that links the document to itself (a jandarshan application).
     */
    public Document(Long itemId, Long assignmentId, String fileName, String mediaType, long size, String sha256,
                    String storageKey, User uploadedBy, Instant now) {
        if (itemId != null && assignmentId != null) {
            throw new IllegalArgumentException("a document belongs to one item or one compliance report, not both");
        }
        this.itemId = itemId;
        this.assignmentId = assignmentId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public boolean isImage() { return mediaType.startsWith("image/"); }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Long getAssignmentId() { return assignmentId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public User getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
