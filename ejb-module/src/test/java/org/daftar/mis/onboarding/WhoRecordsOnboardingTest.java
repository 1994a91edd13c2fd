package org.daftar.mis.onboarding;

import org.daftar.org.Department;
import org.daftar.org.District;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.user.Role;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WhoRecordsOnboardingTest {

    private final District district = new District("BSP", "Bilaspur", "बिलासपुर", "Chhattisgarh");
    private final Department landRecords = new Department(district, "LR", "Land Records", "भू-अभिलेख");
    private final Department revenue = new Department(district, "REV", "Revenue", "राजस्व");
    private final Section survey = new Section(landRecords, "SUR", "Survey", "सर्वेक्षण");
    private final Section nazul = new Section(revenue, "NAZ", "Nazul", "नजूल");

    private User holding(Section section, String postCode, Role... roles) {
        User u = new User(postCode.toLowerCase(), "CG" + (100000 + postCode.length()), "A B", "क ख");
        u.grant(EnumSet.of(roles[0], roles));
        u.transferTo(new Post(section, postCode, "Post", "पद", null), LocalDate.of(2026, 1, 1));
        return u;
    }

    @Test
    void aHeadOfDepartmentRecordsForTheirOwnDepartmentOnly() {
        User head = holding(survey, "LR-HOD", Role.HOD, Role.OFFICER);
        assertThat(OnboardingService.mayRecord(head, landRecords, List.of())).isTrue();
        assertThat(OnboardingService.mayRecord(head, revenue, List.of())).isFalse();
    }

    @Test
    void aClerkMayNotUnlessNamedTheDepartmentsNodalOfficer() {
        User clerk = holding(survey, "LR-SUR-AG2", Role.STAFF);
        assertThat(OnboardingService.mayRecord(clerk, landRecords, List.of())).isFalse();
        assertThat(OnboardingService.mayRecord(clerk, landRecords, List.of(landRecords))).isTrue();
        assertThat(OnboardingService.mayRecord(clerk, revenue, List.of(landRecords))).isFalse();
    }

    @Test
    void aHeadRoleInAnotherDepartmentGivesNothingHere() {
        User officer = holding(nazul, "REV-NAZ-SO", Role.OFFICER);
        User otherHead = holding(nazul, "REV-HOD", Role.HOD);
        assertThat(OnboardingService.mayRecord(officer, revenue, List.of())).as("an officer is not the head").isFalse();
        assertThat(OnboardingService.mayRecord(otherHead, landRecords, List.of())).isFalse();
    }

    @Test
    void theCollectorAndTheAdministratorRecordForAnyDepartment() {
        assertThat(OnboardingService.mayRecord(holding(survey, "GAD-COLLECTOR", Role.COLLECTOR), revenue, List.of())).isTrue();
        assertThat(OnboardingService.mayRecord(holding(survey, "GAD-EGOV", Role.ADMIN), revenue, List.of())).isTrue();
    }
}
