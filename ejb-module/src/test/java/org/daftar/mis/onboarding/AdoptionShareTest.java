package org.daftar.mis.onboarding;

import org.daftar.org.Department;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdoptionShareTest {

    @Test
    void theDigitalShareIsTheEFilesOfAllFilesWorkedOnAndUnknownUntilPaperIsDeclared() {
        assertThat(OnboardingRows.digitalShare(30, 10)).isEqualTo(75);
        assertThat(OnboardingRows.digitalShare(2, 1)).isEqualTo(67);
        assertThat(OnboardingRows.digitalShare(0, 12)).isZero();
        assertThat(OnboardingRows.digitalShare(12, 0)).isEqualTo(100);
        assertThat(OnboardingRows.digitalShare(12, null)).as("nothing declared yet").isNull();
        assertThat(OnboardingRows.digitalShare(0, 0)).as("no work at all").isNull();
    }

    @Test
    void paperFilesAreDeclaredForAWeekFromMondayAndNeverNegative() {
        Department d = new Department(null, "LR", "Land Records", "भू-अभिलेख");
        assertThatThrownBy(() -> new PhysicalFiles(d, LocalDate.of(2026, 11, 25)))
                .hasMessage("adoption.week.monday");
        PhysicalFiles week = new PhysicalFiles(d, LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> week.declare(-1, "nodal", Instant.EPOCH)).hasMessage("adoption.physical.invalid");
        week.declare(14, "nodal", Instant.EPOCH);
        assertThat(week.getCount()).isEqualTo(14);
    }
}
