package org.daftar.efile;

import org.daftar.calendar.WeeklyOffRule;
import org.daftar.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.ist;

/**
 * How long a file sat on a desk, in the working time and working days of the district (Asia/Kolkata),
 * around the Republic Day weekend of 2026: Fri 23-01, 4th Saturday 24-01 (off), Sunday 25-01,
 * Republic Day Monday 26-01 (gazetted holiday), Tuesday 27-01.
 */
class DeskTimeTest {

    private static final LocalDate REPUBLIC_DAY = LocalDate.of(2026, 1, 26);
    /** No rule stored for 2026: the standard one (Sundays, second and fourth Saturdays off) applies. */
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), Set.of(REPUBLIC_DAY));

    @Test
    void theDaysOfTheRepublicDayWeekendAreWhatTheyAreSaidToBe() {
        assertThat(LocalDate.of(2026, 1, 23).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(REPUBLIC_DAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 24))).as("fourth Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 25))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(REPUBLIC_DAY)).isFalse();
        assertThat(calendar.isHoliday(REPUBLIC_DAY)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 27))).isTrue();
    }

    @Test
    void aFileHeldFromFridayAfternoonToTuesdayMorningOverTheLongWeekendWasHeldTwentyHours() {
        Instant arrived = ist("2026-01-23T15:00");
        Instant left = ist("2026-01-27T11:00");

        // Friday 15:00–24:00 (9 h) + Tuesday 00:00–11:00 (11 h); Saturday, Sunday and Monday are off.
        assertThat(calendar.workingTime(arrived, left)).isEqualTo(Duration.ofHours(20));
        // Working days after Friday up to and including Tuesday: only Tuesday.
        assertThat(calendar.workingDaysBetween(arrived, left)).isEqualTo(1);
    }

    @Test
    void withoutTheHolidayMondayCountsInFull() {
        WorkingCalendar noHoliday = new WorkingCalendar(List.of(), Set.of());
        Instant arrived = ist("2026-01-23T15:00");
        Instant left = ist("2026-01-27T11:00");

        assertThat(noHoliday.workingTime(arrived, left)).isEqualTo(Duration.ofHours(9 + 24 + 11));
        assertThat(noHoliday.workingDaysBetween(arrived, left)).isEqualTo(2);
    }

    @Test
    void onAThirdSaturdayTheOfficeWorks() {
        // Fri 16-01 15:00 → Mon 19-01 11:00: Saturday 17-01 is the third Saturday, a working day.
        Instant arrived = ist("2026-01-16T15:00");
        Instant left = ist("2026-01-19T11:00");

        assertThat(calendar.workingTime(arrived, left)).isEqualTo(Duration.ofHours(9 + 24 + 11));
        assertThat(calendar.workingDaysBetween(arrived, left)).isEqualTo(2);
    }

    @Test
    void theJavadocExampleFridayToMondayOverASecondSaturdayWeekendIsTwentyHours() {
        // Fri 09-01 15:00 → Mon 12-01 11:00: Saturday 10-01 is the second Saturday.
        assertThat(calendar.workingTime(ist("2026-01-09T15:00"), ist("2026-01-12T11:00"))).isEqualTo(Duration.ofHours(20));
        assertThat(calendar.workingDaysBetween(ist("2026-01-09T15:00"), ist("2026-01-12T11:00"))).isEqualTo(1);
    }

    @Test
    void timeOnADayOffDoesNotCount() {
        // Received on Republic Day itself (e.g. by e-mail), acted upon Tuesday 10:30.
        assertThat(calendar.workingTime(ist("2026-01-26T09:00"), ist("2026-01-27T10:30")))
                .isEqualTo(Duration.ofMinutes(10 * 60 + 30));
        // Entirely within the weekend.
        assertThat(calendar.workingTime(ist("2026-01-24T10:00"), ist("2026-01-26T18:00"))).isZero();
        assertThat(calendar.workingDaysBetween(ist("2026-01-24T10:00"), ist("2026-01-26T18:00"))).isZero();
    }

    @Test
    void sameDayAndBackwardsIntervals() {
        assertThat(calendar.workingTime(ist("2026-01-27T10:00"), ist("2026-01-27T10:45"))).isEqualTo(Duration.ofMinutes(45));
        assertThat(calendar.workingDaysBetween(ist("2026-01-27T10:00"), ist("2026-01-27T17:45"))).isZero();
        assertThat(calendar.workingTime(ist("2026-01-27T11:00"), ist("2026-01-23T15:00"))).isZero();
        assertThat(calendar.workingDaysBetween(ist("2026-01-27T11:00"), ist("2026-01-23T15:00"))).isEqualTo(-1);
    }

    @Test
    void anImmediateLetterReceivedOnFridayIsDueOnThursday() {
        // IMMEDIATE allows 3 working days: Tuesday 27, Wednesday 28, Thursday 29.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 23), Priority.IMMEDIATE.deskLimitDays()))
                .isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 23), Priority.MOST_IMMEDIATE.deskLimitDays()))
                .isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(calendar.addWorkingDays(REPUBLIC_DAY, 0)).isEqualTo(LocalDate.of(2026, 1, 27));
    }

    @ParameterizedTest(name = "{0}: weekly off {1}")
    @CsvSource({
            "2026-01-03, false",  // first Saturday
            "2026-01-10, true",   // second Saturday
            "2026-01-17, false",  // third Saturday
            "2026-01-24, true",   // fourth Saturday
            "2026-01-31, false",  // fifth Saturday
            "2026-01-25, true",   // Sunday
            "2026-01-26, false",  // a Monday: a holiday, but not a weekly off
            "2026-08-08, true",   // 8th is always in the second week
            "2026-08-01, false"})
    void theStandardRuleGivesSundaysAndTheSecondAndFourthSaturdaysOff(LocalDate day, boolean off) {
        WeeklyOffRule standard = WeeklyOffRule.standard(day.getYear());
        assertThat(standard.getSaturdaysOff()).isEqualTo("2,4");
        assertThat(standard.isSundaysOff()).isTrue();
        assertThat(standard.isWeeklyOff(day)).isEqualTo(off);
    }
}
