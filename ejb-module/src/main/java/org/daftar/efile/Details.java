package org.daftar.efile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a receipt or file page and the API show, read in one transaction. */
public final class Details {

    private Details() {
    }

    public record PostName(String code, String en, String hi) {
        public static PostName of(org.daftar.org.Post p) {
            return p == null ? null : new PostName(p.getCode(), p.name(false), p.name(true));
        }

        public String in(boolean hindi) { return hindi ? hi : en; }
    }

    /** A subject head as a file shows it: its code and its name in both languages. */
    public record Head(String code, String en, String hi) {
        static Head of(SubjectHead h) {
            return new Head(h.getCode(), h.getName().in(false), h.getName().in(true));
        }

        public String in(boolean hindi) { return code + " — " + (hindi ? hi : en); }
    }

    public record DocumentRow(Long id, String fileName, String mediaType, long size, String sha256, Instant uploadedAt) {
        public static DocumentRow of(Document d) {
            return new DocumentRow(d.getId(), d.getFileName(), d.getMediaType(), d.getSize(), d.getSha256(), d.getUploadedAt());
        }

        public boolean isImage() { return mediaType.startsWith("image/"); }
    }

    /** The state every item shares, and what the caller may do with it now. */
    public record ItemState(Long id, String kind, String number, String subject, Category category, Priority priority,
                            ItemStatus status, String statusReason, PostName holder, Instant heldSince, LocalDate replyBy,
                            int lastSeq, Instant createdAt, PostName createdBy, boolean mayAct, boolean mayPullBack,
                            boolean mayReopen) {
    }

    public record ReceiptDetail(ItemState item, String senderName, String senderDesignation, String senderOrganisation,
                                String senderAddress, ReceiptMode mode, String letterNumber, LocalDate letterDate,
                                LocalDate receivedOn, Long fileId, String fileNumber, List<DocumentRow> documents) {
    }

    public record NoteRow(Long id, int para, String body, String authorEn, String authorHi, PostName post,
                          Instant writtenAt, Instant editedAt, boolean permanent, boolean mayEdit) {
    }

    public record CorrespondenceRow(Long id, int number, String label, Correspondence.Kind kind, String title,
                                    Long receiptId, List<DocumentRow> documents, Instant addedAt) {
    }

    public record DraftRow(Long id, String subject, Draft.Status status, int version, String body, String recipients,
                           Instant writtenAt, String approvedBy, Instant approvedAt, String dispatchNumber) {
    }

    public record FileDetail(ItemState item, Head subjectHead, boolean confidential, List<NoteRow> notes,
                             List<CorrespondenceRow> correspondence, List<DraftRow> drafts, List<String> references) {
    }
}
