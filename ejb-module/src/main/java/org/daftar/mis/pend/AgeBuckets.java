package org.daftar.mis.pend;

import org.daftar.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's age buckets (0–3, 4–7, 8–15, 16–30, more than 30 working days) turned into
 * start-day cut-offs on the holiday calendar, so that the read model is summed by date ranges and
 * never aged item by item. An item's age is the number of working days after its start day up to
 * and including today ({@link WorkingCalendar#workingDaysBetween(LocalDate, LocalDate)}): received
 * today, 0; received on the working day before, 1; a holiday in between does not count.
 *
 * @param cutoffs for each bucket but the last, the earliest start day whose age still falls in it
 */
public record AgeBuckets(LocalDate today, List<LocalDate> cutoffs) {

    /** The oldest age of each bucket but the last. */
    public static final List<Integer> UPPER = List.of(3, 7, 15, 30);
    public static final int COUNT = UPPER.size() + 1;
    private static final int MAX_SCAN_DAYS = 3660;

    public static AgeBuckets on(LocalDate today, WorkingCalendar calendar) {
        List<LocalDate> cutoffs = new ArrayList<>();
        LocalDate day = today;
        int age = 0;
        int scanned = 0;
        for (int upper : UPPER) {
            // the day before "day" is one working day older when "day" itself is a working day
            while (age + (calendar.isWorkingDay(day) ? 1 : 0) <= upper && scanned++ < MAX_SCAN_DAYS) {
                age += calendar.isWorkingDay(day) ? 1 : 0;
                day = day.minusDays(1);
            }
            cutoffs.add(day);
        }
        return new AgeBuckets(today, List.copyOf(cutoffs));
    }

    /** The bucket (0 to 4) of an item that started on {@code since}. */
    public int bucketOf(LocalDate since) {
        return bucketOf(cutoffDays(), (int) since.toEpochDay());
    }

    /** The cut-offs as epoch days, for summing many counters ({@link #bucketOf(int[], int)}). */
    public int[] cutoffDays() {
        return cutoffs.stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
    }

    /** The bucket (0 to 4) of an item that started on epoch day {@code since}, given {@link #cutoffDays()}. */
    public static int bucketOf(int[] cutoffDays, int since) {
        int b = 0;
        while (b < cutoffDays.length && since < cutoffDays[b]) {
            b++;
        }
        return b;
    }

    /** The start days of bucket {@code b}: from (inclusive, null: no limit) and before (exclusive, null: up to today). */
    public LocalDate from(int b) { return b < cutoffs.size() ? cutoffs.get(b) : null; }

    public LocalDate before(int b) { return b == 0 ? null : cutoffs.get(b - 1); }

    /**
     * The due day of a file or receipt that came to a desk on {@code since} with a desk-time limit
     * of {@code limit} working days: the last day on which it is not yet delayed. The track calls an
     * item delayed once more than {@code limit} working days have passed on the desk; the due day is
     * the day before the first such day, so that "overdue" is "due day before today" for every kind.
     */
    public static LocalDate deskDue(LocalDate since, int limit, WorkingCalendar calendar) {
        LocalDate day = since;
        for (int passed = 0; passed <= limit; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                passed++;
            }
        }
        return day.minusDays(1);
    }
}
