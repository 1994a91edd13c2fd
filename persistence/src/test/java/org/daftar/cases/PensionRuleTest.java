package org.daftar.cases;

import org.daftar.org.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.cases.CaseFixtures.*;

/** When Daftar opens a pension case (90 days ahead by default), and on which desk of the department. */
class PensionRuleTest {

    private static final Clock NOW = clockAt("2026-03-02T06:30");
    private static final LocalDate TODAY = LocalDate.now(NOW);

    @ParameterizedTest(name = "retiring in {0} days: due {1}")
    @CsvSource({
            "95, false",   // too early
            "91, false",
            "90, true",    // exactly three months' lead: due
            "89, true",
            "1, true",
            "0, true",     // retiring today: still in service today
            "-1, false",   // already retired: not opened (see PensionRule.isDue)
            "-400, false"})
    void dueWithinTheLeadDaysBeforeRetirement(int daysAhead, boolean due) {
        assertThat(PensionRule.isDue(TODAY.plusDays(daysAhead), TODAY, 90)).isEqualTo(due);
    }

    @Test
    void theLeadIsConfigurableAndAnEmployeeWithoutARetirementDateIsNeverDue() {
        assertThat(PensionRule.isDue(TODAY.plusDays(95), TODAY, 120)).isTrue();
        assertThat(PensionRule.isDue(TODAY.plusDays(95), TODAY, 30)).isFalse();
        assertThat(PensionRule.isDue(null, TODAY, 90)).isFalse();
        assertThat(PensionRule.lastDueRetirement(TODAY, 90)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(PensionRule.isDue(PensionRule.lastDueRetirement(TODAY, 90), TODAY, 90)).isTrue();
        assertThat(PensionRule.isDue(PensionRule.lastDueRetirement(TODAY, 90).plusDays(1), TODAY, 90)).isFalse();
    }

    @Test
    void anEmployeeRetiringInNinetyFiveDaysIsDueFiveDaysLater() {
        LocalDate retirement = TODAY.plusDays(95);
        assertThat(PensionRule.isDue(retirement, TODAY, 90)).isFalse();
        assertThat(PensionRule.isDue(retirement, TODAY.plusDays(5), 90)).isTrue();
    }

    @Test
    void theCaseGoesToTheFirstStaffPostOfTheEstablishmentSection() {
        Post hod = post(EDU_EST, "EDU-HOD", null);
        Post so = post(EDU_EST, "EDU-EST-SO", hod);
        Post deo = post(EDU_EST, "EDU-EST-DEO", so);
        Post ag3 = post(EDU_EST, "EDU-EST-AG3-1", so);
        Post ag2 = post(EDU_EST, "EDU-EST-AG2-1", so);
        Post schemes = post(EDU_SCH, "EDU-SCH-AG2-1", hod);

        assertThat(PensionRule.establishmentPost("EDU", List.of(hod, so, deo, ag3, ag2, schemes))).contains(ag2);

        ag2.setActive(false);
        assertThat(PensionRule.establishmentPost("EDU", List.of(hod, so, deo, ag3, ag2, schemes)))
                .as("an abolished post is skipped").contains(ag3);
    }

    @Test
    void withoutAnEstablishmentStaffPostTheHeadOfDepartmentGetsIt() {
        Post hod = post(EDU_SCH, "EDU-HOD", null);
        Post so = post(EDU_EST, "EDU-EST-SO", hod);
        Post schemes = post(EDU_SCH, "EDU-SCH-AG2-1", hod);

        assertThat(PensionRule.establishmentPost("EDU", List.of(hod, schemes)))
                .as("no establishment section at all").contains(hod);
        Post clerk = post(EDU_EST, "EDU-EST-AG2-1", so);
        clerk.setActive(false);
        assertThat(PensionRule.establishmentPost("EDU", List.of(hod, so, clerk, schemes)))
                .as("the section officer has (had) staff under him: not a staff post").contains(hod);
        assertThat(PensionRule.establishmentPost("TRY", List.of(hod, so, schemes))).isEmpty();
    }
}
