package org.daftar.mis.discipline;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Log in every working day and dispose of at least N" in the week of Guru Nanak Jayanti 2026
 * (Tuesday 24 November, a holiday), with N = 2: Saturday 21 is a third Saturday, a working day;
 * Sunday 22 and Saturday 28 (fourth) are weekly offs.
 */
class DisciplineRuleTest {

    private static final LocalDate SAT_21 = LocalDate.of(2026, 11, 21);
    private static final LocalDate MON_23 = LocalDate.of(2026, 11, 23);
    private static final LocalDate HOLIDAY_24 = LocalDate.of(2026, 11, 24);
    private static final LocalDate WED_25 = LocalDate.of(2026, 11, 25);
    private static final LocalDate THU_26 = LocalDate.of(2026, 11, 26);
    private static final LocalDate FRI_27 = LocalDate.of(2026, 11, 27);

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:30:00Z"), WorkingCalendar.INDIA);
    private final DisciplineRule rule = new DisciplineRule(2, new WorkingCalendar(List.of(), Set.of(HOLIDAY_24)));

    /** Met the rule on Saturday, then: one disposal Monday, holiday, leave Wednesday, none Thursday, no login Friday. */
    private final Attendance clerk = new Attendance().heldPost(LocalDate.of(2025, 4, 1), null)
            .loggedIn(SAT_21).disposed(SAT_21, 2)
            .loggedIn(MON_23).disposed(MON_23, 1)
            .onLeave(WED_25, WED_25, LeaveKind.CASUAL)
            .loggedIn(THU_26)
            .disposed(FRI_27, 3);

    @Test
    void missedDaysAreCountedBackOverWorkingDaysSkippingTheHolidayAndTheLeaveDay() {
        assertThat(rule.isDefaulter(clerk, FRI_27)).as("disposed of three but never logged in").isTrue();
        assertThat(rule.missedInARow(clerk, FRI_27)).as("Friday, Thursday, Monday; not the holiday, not the leave").isEqualTo(3);
        assertThat(rule.missedInARow(clerk, THU_26)).isEqualTo(2);
        assertThat(rule.missedInARow(clerk, MON_23)).as("one disposal of two is a miss").isEqualTo(1);
        assertThat(rule.missedInARow(clerk, SAT_21)).as("met on a working Saturday").isZero();
    }

    @Test
    void aPersonOnLeaveOrOnAHolidayIsNoDefaulter() {
        assertThat(rule.isDue(clerk, WED_25)).isFalse();
        assertThat(rule.isDefaulter(clerk, WED_25)).isFalse();
        assertThat(rule.missedInARow(clerk, WED_25)).isZero();
        assertThat(rule.isDefaulter(clerk, HOLIDAY_24)).isFalse();
        assertThat(rule.isDefaulter(clerk, LocalDate.of(2026, 11, 28))).as("fourth Saturday").isFalse();
        assertThat(clerk.leaveOn(WED_25)).contains(LeaveKind.CASUAL);
    }

    @Test
    void daysBeforeThePersonHeldAPostAreNotCounted() {
        Attendance newcomer = new Attendance().heldPost(THU_26, null);
        assertThat(rule.isDue(newcomer, MON_23)).isFalse();
        assertThat(rule.missedInARow(newcomer, FRI_27)).isEqualTo(2);
    }

    @Test
    void aRunThatNeverEndsIsCountedBackNinetyDaysAtMost() {
        Attendance absent = new Attendance().heldPost(LocalDate.of(2020, 1, 1), null);
        assertThat(rule.missedInARow(absent, FRI_27)).isBetween(60, DisciplineRule.LOOKBACK_DAYS);
    }

    @Test
    void aLeaveThatEndsBeforeItStartsIsRefused() {
        User person = new User("clerk.x", "CG000001", "Clerk X", "लिपिक क");
        assertThatThrownBy(() -> new Leave(person, FRI_27, THU_26, LeaveKind.EARNED, null, "hod.revenue", clock.instant()))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).key()).isEqualTo("leave.range.inverted");
        Leave tour = new Leave(person, THU_26, FRI_27, LeaveKind.TOUR, "  Raipur  ", "hod.revenue", clock.instant());
        assertThat(tour.overlaps(FRI_27, FRI_27.plusDays(3))).isTrue();
        assertThat(tour.overlaps(WED_25, WED_25)).isFalse();
        assertThat(tour.getRemark()).isEqualTo("Raipur");
        assertThat(tour.getMarkedAt()).isEqualTo(clock.instant());
    }

    @Test
    void theRuleAsksForAtLeastOneDisposal() {
        assertThatThrownBy(() -> new DisciplineRule(0, rule.calendar())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReminderIsDueFromFourOClockInIndiaOnWorkingDaysOnly() {
        WorkingCalendar calendar = rule.calendar();
        assertThat(DisciplineReminder.dueDay(Instant.parse("2026-11-27T10:29:00Z"), calendar)).as("15:59 IST").isEmpty();
        assertThat(DisciplineReminder.dueDay(Instant.parse("2026-11-27T10:30:00Z"), calendar)).as("16:00 IST").contains(FRI_27);
        assertThat(DisciplineReminder.dueDay(Instant.parse("2026-11-24T11:00:00Z"), calendar)).as("the holiday").isEmpty();
    }
}
