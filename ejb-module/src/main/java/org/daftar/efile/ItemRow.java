package org.daftar.efile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the inbox and the other desk lists: what it is, where it came from (in the "sent" list:
 * where it went), how long it has been on the desk, and whether that is longer than its priority allows.
 */
public record ItemRow(Long id, String kind, String number, String subject, Category category, Priority priority,
                      ItemStatus status, String holderCode, Instant heldSince, boolean opened, LocalDate replyBy,
                      String fromCode, String fromNameEn, String fromNameHi, MovementAction lastAction,
                      int lastSeq, int heldWorkingDays, boolean overLimit, boolean canPullBack) {

    /** The JPQL projection; the working-day figures are filled in afterwards. */
    public ItemRow(Long id, String kind, String number, String subject, Category category, Priority priority,
                   ItemStatus status, String holderCode, Instant heldSince, boolean opened, LocalDate replyBy,
                   String fromCode, String fromDesignationEn, String fromDesignationHi, MovementAction lastAction,
                   int movementSeq, int lastSeq) {
        this(id, kind, number, subject, category, priority, status, holderCode, heldSince, opened, replyBy,
                fromCode, fromDesignationEn, fromDesignationHi, lastAction, lastSeq, 0, false,
                movementSeq == lastSeq && !opened && status.isPending());
    }

    ItemRow timed(int workingDays, int deskLimitDays, boolean sentList) {
        return new ItemRow(id, kind, number, subject, category, priority, status, holderCode, heldSince, opened,
                replyBy, fromCode, fromNameEn, fromNameHi, lastAction, lastSeq, workingDays,
                status.isPending() && workingDays > deskLimitDays, sentList && canPullBack);
    }

    public boolean isFile() { return "FILE".equals(kind); }

    public String fromName(boolean hindi) { return hindi ? fromNameHi : fromNameEn; }
}
