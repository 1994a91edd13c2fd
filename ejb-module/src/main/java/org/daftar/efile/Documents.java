package org.daftar.efile;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.daftar.document.DocumentType;
import org.daftar.document.UploadCheck;
import org.daftar.document.UploadRejected;
import org.daftar.platform.BusinessException;
import org.daftar.platform.Settings;
import org.daftar.user.User;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Stores the bytes of documents in the data directory. An upload is streamed to a temporary file
 * (never more than the size limit is read), checked by its content, then moved into place in one
 * step; if the transaction that records it rolls back, the stored file is removed again, so there
 * is never a row without bytes nor a half-written file.
 */
@Stateless
public class Documents {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry tx;

    /** Checks, stores and records an upload for {@code item}; refuses bad files with a message key. */
    public Document store(WorkItem item, String originalName, InputStream content, User by) {
        return store(item.getId(), null, originalName, content, by);
    }

    /** The same for a document that a register links to itself (a jandarshan application's). */
    public Document storeUnattached(String originalName, InputStream content, User by) {
        return store(null, null, originalName, content, by);
    }

    /** The same for an assignee's compliance report (e-Samiksha). */
    public Document storeForCompliance(Long assignmentId, String originalName, InputStream content, User by) {
        return store(null, assignmentId, originalName, content, by);
    }

    private Document store(Long itemId, Long assignmentId, String originalName, InputStream content, User by) {
        Path root = root();
        Path temp = null;
        try {
            Files.createDirectories(root.resolve("tmp"));
            temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(content, out, UploadCheck.MAX_BYTES + 1);
            }
            DocumentType type = UploadCheck.check(originalName, size, head(temp));
            ZonedDateTime now = clock.instant().atZone(org.daftar.calendar.WorkingCalendar.INDIA);
            String key = String.format("%d/%02d/%s.%s", now.getYear(), now.getMonthValue(), UUID.randomUUID(), type.extension());
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            removeOnRollback(target);
            Document d = new Document(itemId, assignmentId, UploadCheck.safeName(originalName), type.mimeType(), size,
                    HexFormat.of().formatHex(sha.digest()), key, by, clock.instant());
            em.persist(d);
            return d;
        } catch (UploadRejected e) {
            throw new BusinessException(e.key(), UploadCheck.MAX_BYTES / (1024 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover in tmp/ is harmless and is not a document
                }
            }
        }
    }

    /** Stores bytes the application made itself (an issued letter's PDF). */
    public Document storeGenerated(WorkItem item, String name, byte[] pdf, User by) {
        return store(item, name, new java.io.ByteArrayInputStream(pdf), by);
    }

    public InputStream read(Document d) throws IOException {
        return Files.newInputStream(root().resolve(d.getStorageKey()));
    }

    private static Path root() {
        return Settings.dataDir().resolve("documents");
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(UploadCheck.HEAD_BYTES);
            return Arrays.copyOf(head, head.length);
        }
    }

    private void removeOnRollback(Path stored) {
        tx.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(stored);
                    } catch (IOException ignored) {
                        // an unreferenced file in the store is harmless
                    }
                }
            }
        });
    }
}
