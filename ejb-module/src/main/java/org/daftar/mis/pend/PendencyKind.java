package org.daftar.mis.pend;

import java.util.Arrays;
import java.util.List;

/**
 * What the dashboard counts as pending, and where each kind lives. "Age" is in working days on the
 * holiday calendar from the item's start day to today; "overdue" means its due day is before today.
 * <ul>
 * <li>{@link #FILE}, {@link #RECEIPT}: active or parked on a desk; age = working days on the
 * current desk (since it arrived there); overdue once held longer than the desk-time limit of its
 * priority (SLA rule DESK) — the same rule as the track's "delayed".</li>
 * <li>{@link #TL_LETTER}: an instruction part (assignment) from a government letter
 * ({@code GOVERNMENT_LETTER}); {@link #INSTRUCTION}: any other part. Pending until its compliance is
 * accepted; age since the instruction was issued; overdue past the part's deadline.</li>
 * <li>{@link #JANDARSHAN}: an open application; age since it was received; overdue past its
 * deadline (the SLA rule for its category, fixed when registered).</li>
 * <li>{@link #REVENUE_CASE}: a pending case; age since filed; overdue past its due day.</li>
 * <li>{@link #PENSION_CASE}: a case not yet completed; age since Daftar opened it; overdue once
 * the employee's retirement day has passed (as the cases module defines it).</li>
 * </ul>
 * Every item counts for the post that must act on it, and that post's section and department.
 */
public enum PendencyKind {
    FILE(Source.WORK_ITEM), RECEIPT(Source.WORK_ITEM), TL_LETTER(Source.ASSIGNMENT), INSTRUCTION(Source.ASSIGNMENT),
    JANDARSHAN(Source.JANDARSHAN), REVENUE_CASE(Source.REVENUE_CASE), PENSION_CASE(Source.PENSION_CASE);

    private final Source source;

    PendencyKind(Source source) {
        this.source = source;
    }

    public Source source() { return source; }

    public static List<PendencyKind> of(Source source) {
        return Arrays.stream(values()).filter(k -> k.source == source).toList();
    }

    /** The table an item of the read model comes from: its id is unique within it. */
    public enum Source {
        WORK_ITEM("work_item"), ASSIGNMENT("assignment"), JANDARSHAN("jandarshan_application"), REVENUE_CASE("revenue_case"),
        PENSION_CASE("pension_case");

        private final String table;

        Source(String table) {
            this.table = table;
        }

        public String table() { return table; }
    }
}
