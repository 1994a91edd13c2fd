package org.daftar.mis.pend;

import org.daftar.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Age buckets and due days across the January 2026 holidays: Republic Day on Monday 26, the 4th
 * Saturday (24) and Sundays off, the 3rd Saturday (17) a working day.
 */
class AgeBucketsTest {

    private static final LocalDate REPUBLIC_DAY = LocalDate.of(2026, 1, 26);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 28);
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), Set.of(REPUBLIC_DAY));

    @Test
    void theLongWeekendDoesNotAgeAnItem() {
        AgeBuckets buckets = AgeBuckets.on(TODAY, calendar);

        // Thursday 22: Friday 23, Tuesday 27 and today have passed — 3 working days, still 0–3
        assertThat(buckets.cutoffs().get(0)).isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(buckets.bucketOf(LocalDate.of(2026, 1, 22))).isZero();
        assertThat(buckets.bucketOf(LocalDate.of(2026, 1, 21))).isEqualTo(1);
        // the 3rd Saturday is a working day: an item that came on Friday 16 is 8 working days old
        assertThat(buckets.cutoffs().get(1)).isEqualTo(LocalDate.of(2026, 1, 17));
        assertThat(buckets.bucketOf(LocalDate.of(2026, 1, 16))).isEqualTo(2);
        assertThat(buckets.bucketOf(TODAY.minusYears(1))).isEqualTo(4);
    }

    @Test
    void everyStartDayFallsInTheBucketOfItsAgeInWorkingDays() {
        for (LocalDate today = LocalDate.of(2026, 1, 20); today.isBefore(LocalDate.of(2026, 2, 3)); today = today.plusDays(1)) {
            AgeBuckets buckets = AgeBuckets.on(today, calendar);
            for (LocalDate since = today.minusDays(80); !since.isAfter(today); since = since.plusDays(1)) {
                int age = calendar.workingDaysBetween(since, today);
                int expected = age <= 3 ? 0 : age <= 7 ? 1 : age <= 15 ? 2 : age <= 30 ? 3 : 4;
                assertThat(buckets.bucketOf(since)).as("since %s, today %s, age %d", since, today, age).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFileIsOverdueExactlyWhenTheTrackCallsItDelayed() {
        // came on Friday 23 with a limit of 1 working day: Tuesday 27 is its last day, Wednesday 28 it is late
        assertThat(AgeBuckets.deskDue(LocalDate.of(2026, 1, 23), 1, calendar)).isEqualTo(LocalDate.of(2026, 1, 27));
        for (LocalDate since = LocalDate.of(2026, 1, 1); since.isBefore(LocalDate.of(2026, 2, 1)); since = since.plusDays(1)) {
            for (int limit = 1; limit <= 7; limit++) {
                LocalDate due = AgeBuckets.deskDue(since, limit, calendar);
                for (LocalDate today = since; today.isBefore(since.plusDays(20)); today = today.plusDays(1)) {
                    boolean delayed = calendar.workingDaysBetween(since, today) > limit;
                    assertThat(due.isBefore(today)).as("since %s limit %d today %s", since, limit, today).isEqualTo(delayed);
                }
            }
        }
    }
}
