package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.user.User;

import java.time.Instant;

/**
 * An uploaded or generated document (a scan of a letter, an annexure, an issued letter's PDF).
 * The bytes live in the data directory under {@link #getStorageKey()}, written completely before
 * this row commits; the SHA-256 lets anyone check that the stored bytes are the uploaded ones.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The receipt or file the document belongs to; null for a jandarshan application's document. */
    @Column(name = "item_id")
    private Long itemId;

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

    /** @param item the receipt or file it belongs to; null when it belongs to something else (a jandarshan application) */
    public Document(WorkItem item, String fileName, String mediaType, long size, String sha256, String storageKey,
                    User uploadedBy, Instant now) {
        this.itemId = item == null ? null : item.getId();
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
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public User getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
