package org.daftar.mis.pack;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When the automatic pack of a week is due, in India's time (Monday 30-11-2026). */
class MondayBuildTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Instant ist(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(org.daftar.calendar.WorkingCalendar.INDIA).toInstant();
    }

    @Test
    void notBeforeMondayEightInIndia() {
        assertThat(ReviewPack.dueMonday(ist("2026-11-30T07:59"))).isEmpty();
        // 02:30 UTC is 08:00 IST
        assertThat(ReviewPack.dueMonday(Instant.parse("2026-11-30T02:30:00Z"))).contains(MONDAY);
    }

    @Test
    void aServerThatWasDownOnMondayStillBuildsThatWeeksPackLaterInTheWeek() {
        assertThat(ReviewPack.dueMonday(ist("2026-12-03T16:00"))).contains(MONDAY);
        assertThat(ReviewPack.dueMonday(ist("2026-12-06T23:59"))).contains(MONDAY);
    }

    @Test
    void aPackBelongsToTheWeekOfItsMeeting() {
        ReviewPack thursday = new ReviewPack(LocalDate.of(2026, 12, 3), true, ReviewPack.SYSTEM, Instant.EPOCH, null, null);
        assertThat(thursday.getWeekOf()).isEqualTo(MONDAY);
        assertThat(thursday.getMondayBuild()).isEqualTo(MONDAY);
        assertThat(new ReviewPack(MONDAY.minusDays(1), false, "collector", Instant.EPOCH, null, null).getWeekOf())
                .as("a Sunday belongs to the week before").isEqualTo(MONDAY.minusWeeks(1));
    }
}
