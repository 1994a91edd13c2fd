package org.daftar.jandarshan;

import org.daftar.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.jandarshan.JandarshanFixtures.ist;

/** Deadlines in working days on the 2026 calendar: weekly offs (Sundays, 2nd and 4th Saturdays) and holidays. */
class JandarshanDeadlineTest {

    /** Guru Nanak Jayanti (Tue 24 Nov) and Christmas (Fri 25 Dec). */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 25));
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), HOLIDAYS);

    @Test
    void sevenWorkingDaysFromAFridaySkipTheSundayTheHolidayAndTheFourthSaturday() {
        Instant received = ist("2026-11-20T16:00");
        assertThat(received.atZone(WorkingCalendar.INDIA).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        // 21 Sat (3rd, working), 23 Mon, 25 Wed, 26 Thu, 27 Fri, 30 Mon, 1 Dec Tue
        // (22 Sunday, 24 Guru Nanak Jayanti, 28 fourth Saturday, 29 Sunday are not counted)
        assertThat(JandarshanApplication.deadline(calendar, received, 7)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @ParameterizedTest(name = "received {0} IST, {1} working days: due {2}")
    @CsvSource({
            // received on a Sunday: counting starts on Monday, then the holiday on Tuesday is skipped
            "2026-11-22T11:00, 1, 2026-11-25",
            // just after midnight in India (still the 20th in UTC): the 21st is the day received
            "2026-11-21T00:30, 7, 2026-12-02",
            // the last minute of the 20th
            "2026-11-20T23:59, 7, 2026-12-01",
            // a limit ending on Christmas moves past it (and past the 4th Saturday and Sunday)
            "2026-12-23T10:00, 2, 2026-12-28"})
    void countsDaysInIndiaAndNeverEndsOnADayOff(String receivedIst, int days, String due) {
        assertThat(JandarshanApplication.deadline(calendar, ist(receivedIst), days)).isEqualTo(LocalDate.parse(due));
    }

    @Test
    void aDeadlineIsAlwaysAWorkingDay() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            for (int n = 1; n <= 10; n++) {
                LocalDate due = JandarshanApplication.deadline(calendar, d.atTime(12, 0).atZone(WorkingCalendar.INDIA).toInstant(), n);
                assertThat(calendar.isWorkingDay(due)).as("%s + %d working days = %s", d, n, due).isTrue();
                // counted from the day received, or from the next working day when received on a day off
                assertThat(calendar.workingDaysBetween(calendar.onOrAfter(d), due)).as("%s + %d", d, n).isEqualTo(n);
            }
        }
    }
}
