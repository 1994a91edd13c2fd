package org.daftar.cases;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.org.Post;
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
import static org.daftar.cases.CaseFixtures.*;

/**
 * "Dispose within a week": 7 working days after filing, across the Republic Day weekend of 2026.
 * Filed Friday 23-01: Sat 24 (fourth Saturday), Sun 25 and Mon 26 (Republic Day) don't count;
 * Tue 27 … Fri 30 are days 1–4, Sat 31 (a fifth Saturday) day 5, Mon 02-02 day 6, Tue 03-02 day 7.
 */
class RevenueRuleTest {

    private static final LocalDate FILED = LocalDate.of(2026, 1, 23);
    private final Post tehsildar = post(TEHSIL, "REV-THL-TEH", null);
    private final User reader = user("tehsildar");

    @Test
    void aWeekIsSevenWorkingDaysAndTheHolidayPushesTheDueDateByADay() {
        assertThat(RevenueRule.dueOn(CALENDAR, FILED, 7)).isEqualTo(LocalDate.of(2026, 2, 3));
        WorkingCalendar noHoliday = new WorkingCalendar(List.of(), Set.of());
        assertThat(RevenueRule.dueOn(noHoliday, FILED, 7)).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(RevenueRule.dueOn(CALENDAR, FILED, RevenueRule.DEFAULT_LIMIT_DAYS)).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(RevenueRule.dueOn(CALENDAR, REPUBLIC_DAY, 0)).as("filed on a holiday, limit 0").isEqualTo(LocalDate.of(2026, 1, 27));
    }

    @Test
    void overdueFromTheDayAfterTheDueDateByTheClock() {
        RevenueCase c = filed(7, Clock.fixed(ist("2026-01-23T12:00"), WorkingCalendar.INDIA));

        assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(c.isOverdue(today("2026-02-03T23:59"))).isFalse();
        assertThat(c.isOverdue(today("2026-02-04T00:01"))).isTrue();
        assertThat(RevenueRule.isOverdue(RevenueCaseStatus.DISPOSED, c.getDueOn(), today("2026-03-01T10:00"))).isFalse();
    }

    @Test
    void aDisposedCaseIsNotOverdueButWasLate() {
        RevenueCase c = filed(7, Clock.fixed(ist("2026-01-23T12:00"), WorkingCalendar.INDIA));
        Instant now = ist("2026-02-05T16:00");

        c.dispose(null, "Mutation allowed; entry in khasra 112/4 ordered.", reader, now);

        assertThat(c.getStatus()).isEqualTo(RevenueCaseStatus.DISPOSED);
        assertThat(c.getDisposedOn()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(c.isOverdue(LocalDate.of(2026, 2, 6))).isFalse();
        assertThat(c.isDisposedLate()).isTrue();
        assertThatThrownBy(() -> c.dispose(null, "again", reader, now))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("revenueCase.alreadyDisposed"));
        assertThatThrownBy(() -> c.addHearing(LocalDate.of(2026, 2, 9), null, CALENDAR, now))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void hearingsOnWorkingDaysOnlyAndNotBeforeFiling() {
        RevenueCase c = filed(7, Clock.fixed(ist("2026-01-23T12:00"), WorkingCalendar.INDIA));
        Instant now = ist("2026-01-23T12:30");

        c.addHearing(LocalDate.of(2026, 1, 30), "Notice to respondent", CALENDAR, now);
        c.addHearing(LocalDate.of(2026, 1, 27), "Applicant present", CALENDAR, now);

        assertThat(c.getHearings()).extracting(Hearing::getDate)
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 1, 27));
        assertThatThrownBy(() -> c.addHearing(REPUBLIC_DAY, null, CALENDAR, now))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("revenueCase.hearing.notWorkingDay"));
        assertThatThrownBy(() -> c.addHearing(LocalDate.of(2026, 1, 22), null, CALENDAR, now))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("revenueCase.hearing.beforeFiling"));
        assertThatThrownBy(() -> c.dispose(LocalDate.of(2026, 1, 24), "order", reader, now))
                .as("disposal in the future").isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.key()).isEqualTo("revenueCase.disposal.future"));
    }

    @Test
    void caseNumbersCarryTheCourtPostTheYearAndAFourDigitSerial() {
        assertThat(RevenueRule.caseNumber("REV-THL-TEH", 2026, 12)).isEqualTo("RC/REV-THL-TEH/2026/0012");
        assertThat(RevenueRule.caseNumber("GAD-COLLECTOR", 2027, 1)).isEqualTo("RC/GAD-COLLECTOR/2027/0001");
        assertThat(RevenueRule.caseNumber("REV-THL-TEH", 2026, 12345)).isEqualTo("RC/REV-THL-TEH/2026/12345");
        assertThatThrownBy(() -> RevenueRule.caseNumber("REV-THL-TEH", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(filed(7, Clock.fixed(ist("2026-01-23T12:00"), WorkingCalendar.INDIA)).getNumber())
                .isEqualTo("RC/REV-THL-TEH/2026/0012");
    }

    @Test
    void filingRefusesAFutureDateAndAMissingApplicantBeforeANumberIsTaken() {
        LocalDate today = LocalDate.of(2026, 1, 23);
        assertThatThrownBy(() -> RevenueCase.check(RevenueCourt.TEHSILDAR, RevenueCaseType.MUTATION, null, "Ramesh",
                null, today.plusDays(1), today))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("revenueCase.filedOn.future"));
        assertThatThrownBy(() -> RevenueCase.check(RevenueCourt.TEHSILDAR, RevenueCaseType.MUTATION, null, "  ",
                null, today, today))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("revenueCase.applicant.required"));
        assertThatThrownBy(() -> RevenueCase.check(RevenueCourt.TEHSILDAR, null, null, "Ramesh", null, today, today))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("revenueCase.type.required"));
    }

    private RevenueCase filed(int limitDays, Clock clock) {
        return new RevenueCase(RevenueCourt.TEHSILDAR, tehsildar, 2026, 12, RevenueCaseType.MUTATION,
                "Khasra 112/4, village Sendri", "Ramesh Kumar Sahu", "Suresh Sahu", FILED, limitDays, CALENDAR, reader,
                clock.instant());
    }

    private static LocalDate today(String localDateTime) {
        return LocalDate.now(clockAt(localDateTime));
    }
}
