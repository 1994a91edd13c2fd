package org.daftar.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The working-day calculator against the real calendar of 2026 in Chhattisgarh. */
class WorkingCalendarTest {

    /** Chhattisgarh gazetted holidays 2026 (the part of the list these tests rely on). */
    static final Set<LocalDate> HOLIDAYS_2026 = Stream.of(
            "2026-01-26", "2026-03-04", "2026-03-26", "2026-03-31", "2026-04-03", "2026-04-14", "2026-08-15",
            "2026-10-02", "2026-10-20", "2026-11-01", "2026-11-08", "2026-11-09", "2026-11-24", "2026-12-18",
            "2026-12-25").map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());

    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), HOLIDAYS_2026);

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-01-03, true",   // first Saturday
            "2026-01-04, false",  // Sunday
            "2026-01-10, false",  // second Saturday
            "2026-01-17, true",   // third Saturday
            "2026-01-24, false",  // fourth Saturday
            "2026-01-26, false",  // Republic Day, a Monday
            "2026-01-31, true",   // fifth Saturday
            "2026-11-24, false",  // Guru Nanak Jayanti, a Tuesday
            "2026-11-25, true"})
    void sundaysSecondAndFourthSaturdaysAndHolidaysAreOff(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-11-06, 1, 2026-11-07",  // Friday → the first Saturday is a working day
            "2026-11-07, 1, 2026-11-10",  // Saturday → Sunday (Diwali) and Monday (Govardhan Puja) are off
            "2026-11-13, 1, 2026-11-16",  // Friday → second Saturday and Sunday off
            "2026-11-23, 1, 2026-11-25",  // Monday → Tuesday is Guru Nanak Jayanti
            "2026-11-20, 7, 2026-12-01",  // a week's limit across the fourth Saturday, two Sundays and a holiday
            "2026-11-24, 0, 2026-11-25",  // received on a holiday: counted from the next working day
            "2026-11-25, 0, 2026-11-25"})
    void addingWorkingDaysSkipsEveryDayOff(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void workingDaysInTheYearMatchACountDoneByHand() {
        int byHand = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            boolean sunday = d.getDayOfWeek() == DayOfWeek.SUNDAY;
            int nthSaturday = (d.getDayOfMonth() - 1) / 7 + 1;
            boolean offSaturday = d.getDayOfWeek() == DayOfWeek.SATURDAY && (nthSaturday == 2 || nthSaturday == 4);
            if (!sunday && !offSaturday && !HOLIDAYS_2026.contains(d)) {
                byHand++;
            }
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(byHand);
        assertThat(byHand).as("365 days less 52 Sundays, 24 Saturdays and weekday holidays").isEqualTo(276);
    }

    @Test
    void theAgesOfManyDaysAtOnceAreEachDaysOwnCount() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 5)); d = d.plusDays(17)) {
            days.add(d);
        }
        days.add(today);
        days.add(LocalDate.of(2026, 11, 24)); // a holiday
        var ages = calendar.workingDaysBetween(days, today);
        assertThat(ages).hasSize(days.size());
        days.forEach(d -> assertThat(ages.get(d)).as(d.toString()).isEqualTo(calendar.workingDaysBetween(d, today)));
    }

    @Test
    void daysAreCountedInIndiaNotInUtc() {
        Instant lateEvening = ZonedDateTime.parse("2026-11-10T23:30+05:30[Asia/Kolkata]").toInstant();
        Instant afterMidnight = ZonedDateTime.parse("2026-11-11T00:30+05:30[Asia/Kolkata]").toInstant();
        assertThat(lateEvening.toString()).startsWith("2026-11-10");
        assertThat(afterMidnight.toString()).as("still the 10th in UTC").startsWith("2026-11-10");

        assertThat(calendar.workingDaysBetween(lateEvening, afterMidnight)).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(lateEvening, lateEvening.plusSeconds(600))).isZero();
        assertThat(calendar.workingDaysBetween(afterMidnight, lateEvening)).isEqualTo(-1);
    }

    @Test
    void aFileHeldOverTheDiwaliWeekendWasHeldOneWorkingDay() {
        Instant received = ZonedDateTime.parse("2026-11-07T11:00+05:30[Asia/Kolkata]").toInstant();
        Instant sent = ZonedDateTime.parse("2026-11-10T16:00+05:30[Asia/Kolkata]").toInstant();
        assertThat(calendar.workingDaysBetween(received, sent)).isEqualTo(1);
    }

    @Test
    void eachYearHasItsOwnWeeklyOffRule() {
        WorkingCalendar withEverySaturdayOffIn2027 = new WorkingCalendar(
                List.of(new WeeklyOffRule(2027, true, 1, 2, 3, 4, 5)), HOLIDAYS_2026);
        // Thu 31-12-2026 → Fri 01-01-2027 (working), Sat 02-01 (off under 2027's rule), Sun 03-01, Mon 04-01
        assertThat(withEverySaturdayOffIn2027.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4)))
                .isEqualTo(2);
        assertThat(withEverySaturdayOffIn2027.isWorkingDay(LocalDate.of(2026, 11, 7))).as("2026 keeps the standard rule").isTrue();

        WorkingCalendar sundaysWorking = new WorkingCalendar(List.of(new WeeklyOffRule(2026, false)), Set.of());
        assertThat(sundaysWorking.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(sundaysWorking.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    }

    @Test
    void aCalendarWithoutAnyWorkingDayFailsInsteadOfLoopingForever() {
        List<WeeklyOffRule> rules = new ArrayList<>();
        List<LocalDate> weekdays = new ArrayList<>();
        for (int year = 2026; year <= 2037; year++) {
            rules.add(new WeeklyOffRule(year, true, 1, 2, 3, 4, 5));
        }
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() <= 2037; d = d.plusDays(1)) {
            weekdays.add(d);
        }
        WorkingCalendar none = new WorkingCalendar(rules, weekdays);
        assertThatThrownBy(() -> none.addWorkingDays(LocalDate.of(2026, 3, 2), 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void saturdayNumbersOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> new WeeklyOffRule(2026, true, 6)).hasMessage("calendar.saturday.invalid");
    }
}
