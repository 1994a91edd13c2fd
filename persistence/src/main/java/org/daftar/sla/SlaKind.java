package org.daftar.sla;

import org.daftar.cases.RevenueCaseType;
import org.daftar.efile.Priority;
import org.daftar.jandarshan.JandarshanCategory;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of time limit the district sets (SLA rules), each with the items it is set for
 * ({@link #keys()}: a priority, a category, a case type, or {@link #ALL} for a single limit) and the
 * range it may take. Limits are in working days on the holiday calendar, except the pension lead,
 * which counts calendar days before retirement ("three months before").
 */
public enum SlaKind {
    /** How long one desk may hold a receipt or file, per priority, before it shows as delayed. */
    DESK(1, keys(Priority.values())),
    /** Reply-by for a time-limit letter that names no date of its own. */
    TL_REPLY(1, List.of(SlaKind.ALL)),
    /** Disposal of a jandarshan application, per category. */
    JANDARSHAN(1, keys(JandarshanCategory.values())),
    /** Disposal of a revenue case, per type ("within a week"). */
    REVENUE_CASE(1, keys(RevenueCaseType.values())),
    /** Calendar days before retirement at which the pension case is opened. */
    PENSION_LEAD(1, List.of(SlaKind.ALL)),
    /** Working days before a deadline at which the assignee is reminded (0: no reminder). */
    REMINDER(0, List.of(SlaKind.ALL)),
    /** Working days between the rungs of the escalation ladder after a deadline is missed. */
    ESCALATION_GAP(1, List.of(SlaKind.ALL)),
    /** Files/receipts each employee disposes of on every working day (the daily discipline rule's N; a count, not days). */
    DAILY_DISPOSALS(1, 50, List.of(SlaKind.ALL));

    public static final String ALL = "ALL";
    /** A longer limit is a typing mistake, not a time limit. */
    public static final int MAX_DAYS = 365;

    private final int min;
    private final int max;
    private final List<String> keys;

    SlaKind(int min, List<String> keys) {
        this(min, MAX_DAYS, keys);
    }

    SlaKind(int min, int max, List<String> keys) {
        this.min = min;
        this.max = max;
        this.keys = keys;
    }

    public int min() { return min; }

    public int max() { return max; }

    /** The message key that asks for a value in range: a count for the daily disposals, else days. */
    public String rangeKey() { return this == DAILY_DISPOSALS ? "sla.count.range" : "sla.days.range"; }

    public List<String> keys() { return keys; }

    public boolean hasKey(String key) { return keys.contains(key); }

    private static List<String> keys(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
