package org.daftar.cases;

import org.daftar.org.Post;
import org.daftar.user.Role;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.cases.CaseFixtures.*;

/** Who may read the pension and revenue registers: one's own departments; the collector all; heads all pension cases. */
class CaseReadersTest {

    private static final Post TEHSILDAR = post(TEHSIL, "REV-THL-TEH", null);
    private static final Post REVENUE_CLERK = post(TEHSIL, "REV-THL-AG2-1", TEHSILDAR);
    private static final Post EDU_CLERK = post(EDU_EST, "EDU-EST-AG2-1", null);
    private static final Post EDU_HEAD = post(EDU_SCH, "EDU-HOD", null);

    @Test
    void aCourtsCasesAreReadByItsDepartmentAndTheCollectorNotByAnotherDepartment() {
        assertThat(CaseReaders.mayReadRevenueCases(holding(REVENUE_CLERK, Role.STAFF), REVENUE)).isTrue();
        assertThat(CaseReaders.mayReadRevenueCases(holding(EDU_CLERK, Role.STAFF), REVENUE)).isFalse();
        assertThat(CaseReaders.mayReadRevenueCases(holding(EDU_HEAD, Role.HOD), REVENUE))
                .as("a head of another department has no business with a land dispute").isFalse();
        assertThat(CaseReaders.mayReadRevenueCases(holding(EDU_CLERK, Role.COLLECTOR), REVENUE)).isTrue();
    }

    @Test
    void pensionCasesAreReadByTheirDepartmentTheHeadsAndTheCollector() {
        assertThat(CaseReaders.mayReadPensionCases(holding(EDU_CLERK, Role.STAFF), EDUCATION)).isTrue();
        assertThat(CaseReaders.mayReadPensionCases(holding(REVENUE_CLERK, Role.STAFF), EDUCATION)).isFalse();
        assertThat(CaseReaders.mayReadPensionCases(holding(TEHSILDAR, Role.HOD), EDUCATION)).isTrue();
        assertThat(CaseReaders.mayReadPensionCases(holding(TEHSILDAR, Role.COLLECTOR), EDUCATION)).isTrue();
    }

    @Test
    void anAdditionalChargeCountsAndAPostLeftDoesNot() {
        User clerk = holding(EDU_CLERK, Role.STAFF);
        clerk.giveAdditionalCharge(REVENUE_CLERK, LocalDate.of(2026, 2, 1));
        assertThat(CaseReaders.departmentsOf(clerk)).containsExactlyInAnyOrder("EDU", "REV");
        User transferred = holding(REVENUE_CLERK, Role.STAFF);
        transferred.transferTo(EDU_CLERK, LocalDate.of(2026, 3, 1));
        assertThat(CaseReaders.mayReadRevenueCases(transferred, REVENUE)).isFalse();
    }

    private static User holding(Post post, Role role) {
        User u = user("u" + post.getCode());
        u.grant(EnumSet.of(role));
        u.transferTo(post, LocalDate.of(2026, 1, 1));
        return u;
    }
}
