package org.daftar.mis.pack;

/**
 * A column of a pack part: its heading ({@code pack.column.<key>} in the document labels) and what
 * its cells hold, which says how they are printed and how the totals row sums them up.
 */
public record PackColumn(String key, Kind kind) {

    public enum Kind {
        /** Text; the totals row leaves it empty. */
        TEXT,
        /** A {@link java.time.LocalDate}, printed dd-MM-yyyy. */
        DATE,
        /** Working days past a limit (0: not yet); the totals row counts the rows that are past it. */
        DAYS_OVER,
        /** A number that does not add up (days to a date); the totals row leaves it empty. */
        NUMBER,
        /** A number; the totals row adds them up. */
        COUNT
    }

    public static PackColumn text(String key) { return new PackColumn(key, Kind.TEXT); }

    public static PackColumn date(String key) { return new PackColumn(key, Kind.DATE); }

    public static PackColumn daysOver(String key) { return new PackColumn(key, Kind.DAYS_OVER); }

    public static PackColumn number(String key) { return new PackColumn(key, Kind.NUMBER); }

    public static PackColumn count(String key) { return new PackColumn(key, Kind.COUNT); }

    public boolean numeric() { return kind == Kind.DAYS_OVER || kind == Kind.NUMBER || kind == Kind.COUNT; }

    /** This column's figure in the totals row of {@code values} (the column's cells), or null for none. */
    public Long total(java.util.List<?> values) {
        return switch (kind) {
            case TEXT, DATE, NUMBER -> null;
            case DAYS_OVER -> values.stream().filter(v -> v instanceof Number n && n.longValue() > 0).count();
            case COUNT -> values.stream().filter(Number.class::isInstance).mapToLong(v -> ((Number) v).longValue()).sum();
        };
    }
}
