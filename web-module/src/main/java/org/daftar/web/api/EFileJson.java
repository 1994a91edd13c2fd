package org.daftar.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.daftar.efile.Category;
import org.daftar.efile.Details;
import org.daftar.efile.ItemRow;
import org.daftar.efile.ItemStatus;
import org.daftar.efile.Movement;
import org.daftar.efile.MovementAction;
import org.daftar.efile.MovementCommand;
import org.daftar.efile.Priority;
import org.daftar.efile.ReceiptForm;
import org.daftar.efile.ReceiptMode;
import org.daftar.efile.TrackRow;
import org.daftar.efile.WorkItem;
import org.daftar.efile.FileForm;
import org.daftar.platform.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON the e-File API reads and writes: plain records, mapped to and from the services' own types. */
public final class EFileJson {

    private EFileJson() {
    }

    // ---- requests ------------------------------------------------------------------------------

    /**
     * A letter to diarise. {@code sender} is either the sender's name as a string or an object
     * {name, designation, organisation, address}.
     */
    public record NewReceipt(String subject, JsonValue sender, ReceiptMode mode, Category category, Priority priority,
                             String letterNumber, LocalDate letterDate, LocalDate receivedOn, LocalDate replyBy) {

        ReceiptForm form() {
            ReceiptForm f = new ReceiptForm();
            f.setSubject(subject);
            if (sender instanceof JsonString s) {
                f.setSenderName(s.getString());
            } else if (sender instanceof JsonObject o) {
                f.setSenderName(text(o, "name"));
                f.setSenderDesignation(text(o, "designation"));
                f.setSenderOrganisation(text(o, "organisation"));
                f.setSenderAddress(text(o, "address"));
            } else if (sender != null && sender.getValueType() != JsonValue.ValueType.NULL) {
                throw new BusinessException("api.sender.invalid");
            }
            if (mode != null) f.setMode(mode);
            if (category != null) f.setCategory(category);
            if (priority != null) f.setPriority(priority);
            f.setLetterNumber(letterNumber);
            f.setLetterDate(letterDate);
            f.setReceivedOn(receivedOn);
            f.setReplyBy(replyBy);
            return f;
        }

        private static String text(JsonObject o, String name) {
            JsonValue v = o.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw new BusinessException("api.sender.invalid");
        }
    }

    /** A file to open under a subject head of the creator's section, with receipts on the same desk. */
    public record NewFile(String subject, String subjectHead, Category category, Priority priority, Boolean confidential,
                          List<Long> receiptIds) {

        FileForm form() {
            FileForm f = new FileForm();
            f.setSubject(subject);
            f.setSubjectHeadCode(subjectHead);
            if (category != null) f.setCategory(category);
            if (priority != null) f.setPriority(priority);
            f.setConfidential(Boolean.TRUE.equals(confidential));
            f.setReceiptIds(receiptIds == null ? null : receiptIds.stream().filter(java.util.Objects::nonNull).toList());
            return f;
        }
    }

    public record NoteText(String text) {
    }

    public record ReceiptRef(Long receiptId) {
    }

    public record MoveRequest(MovementAction action, String toPost, String remark, LocalDate replyBy, Integer expectedSeq) {

        MovementCommand command() {
            return new MovementCommand(action, toPost, remark, replyBy, expectedSeq);
        }
    }

    // ---- responses -----------------------------------------------------------------------------

    public record PostJson(String code, String name, String nameHi, String department, String section) {
    }

    /** A receipt or file just created. */
    public record Created(Long id, String kind, String number, String subject, Category category, Priority priority,
                          ItemStatus status, String holder, int lastSeq, Instant createdAt) {

        static Created of(WorkItem w) {
            return new Created(w.getId(), w.getKind(), w.getNumber(), w.getSubject(), w.getCategory(), w.getPriority(),
                    w.getStatus(), w.getHolder() == null ? null : w.getHolder().getCode(), w.getLastSeq(), w.getCreatedAt());
        }
    }

    public record DocumentJson(Long id, String fileName, String mediaType, long size, String sha256, Instant uploadedAt) {

        static DocumentJson of(Details.DocumentRow d) {
            return new DocumentJson(d.id(), d.fileName(), d.mediaType(), d.size(), d.sha256(), d.uploadedAt());
        }
    }

    public record MovementJson(int seq, MovementAction action, String fromPost, String toPost, Instant at) {

        static MovementJson of(Movement m) {
            return new MovementJson(m.getSeq(), m.getAction(), m.getFromPost().getCode(), m.getToPost().getCode(),
                    m.getMovedAt());
        }
    }

    public record TrackStep(int seq, String fromPost, String toPost, MovementAction action, Instant at, Instant leftAt,
                            int heldWorkingDays, long heldWorkingHours, boolean current, boolean overLimit, String remark) {

        static TrackStep of(TrackRow r) {
            return new TrackStep(r.seq(), r.fromPost() == null ? null : r.fromPost().code(),
                    r.toPost() == null ? null : r.toPost().code(), r.action(), r.at(), r.leftAt(), r.heldWorkingDays(),
                    r.heldWorkingHours(), r.current(), r.overLimit(), r.remark());
        }
    }

    /** A line of a desk list (the service's {@link ItemRow}, field for field). */
    public record InboxItem(Long id, String kind, String number, String subject, Category category, Priority priority,
                            ItemStatus status, String holderCode, Instant heldSince, boolean opened, LocalDate replyBy,
                            String fromCode, String fromNameEn, String fromNameHi, MovementAction lastAction,
                            int lastSeq, int heldWorkingDays, boolean overLimit, boolean canPullBack) {

        static InboxItem of(ItemRow r) {
            return new InboxItem(r.id(), r.kind(), r.number(), r.subject(), r.category(), r.priority(), r.status(),
                    r.holderCode(), r.heldSince(), r.opened(), r.replyBy(), r.fromCode(), r.fromNameEn(), r.fromNameHi(),
                    r.lastAction(), r.lastSeq(), r.heldWorkingDays(), r.overLimit(), r.canPullBack());
        }
    }

    public record InboxPage(String tab, int page, int size, long total, List<InboxItem> items) {
    }

    public record InboxCounts(long inbox, long parked, long unread) {
    }
}
