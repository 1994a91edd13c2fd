package org.daftar.user;

import org.daftar.org.OrgFixtures;
import org.daftar.org.Post;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final LocalDate JOINED = LocalDate.of(2024, 7, 1);
    private static final LocalDate TRANSFERRED = LocalDate.of(2026, 11, 2);
    private static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final Post landRecords = OrgFixtures.post("LR-BHU-AG2", null);
    private final Post mutation = OrgFixtures.post("LR-MUT-AG2", null);
    private final Post survey = OrgFixtures.post("LR-SUR-AG2", null);
    private final User clerk = new User("sunita.sahu", "CG104711", "Sunita Sahu", "सुनीता साहू");

    @Test
    void transferEndsTheOldPostTheDayBeforeAndKeepsItInTheHistory() {
        clerk.transferTo(landRecords, JOINED);
        clerk.transferTo(mutation, TRANSFERRED);

        assertThat(clerk.currentPosts()).containsExactly(mutation);
        assertThat(clerk.getAssignments()).hasSize(2);
        PostAssignment old = clerk.getAssignments().stream().filter(a -> a.getPost() == landRecords).findFirst().orElseThrow();
        assertThat(old.getTo()).isEqualTo(TRANSFERRED.minusDays(1));
        assertThat(old.isHeldOn(JOINED)).isTrue();
        assertThat(old.isHeldOn(TRANSFERRED)).isFalse();
        assertThat(clerk.holds(landRecords)).as("the old post, and its files, stay behind").isFalse();
    }

    @Test
    void transferToThePostAlreadyHeldIsRefused() {
        clerk.transferTo(landRecords, JOINED);
        assertThatThrownBy(() -> clerk.transferTo(landRecords, TRANSFERRED)).hasMessage("user.transfer.samePost");
    }

    @Test
    void additionalChargeAddsAPostAfterThePrimaryOneUntilWithdrawn() {
        clerk.transferTo(landRecords, JOINED);
        clerk.giveAdditionalCharge(survey, TRANSFERRED);

        assertThat(clerk.currentPosts()).containsExactly(landRecords, survey);
        assertThatThrownBy(() -> clerk.giveAdditionalCharge(survey, TRANSFERRED)).hasMessage("user.charge.alreadyHeld");

        clerk.withdrawAdditionalCharge(survey, TRANSFERRED.plusDays(10));
        assertThat(clerk.currentPosts()).containsExactly(landRecords);
        assertThat(clerk.getAssignments()).hasSize(2);
    }

    @Test
    void transferToAPostHeldAsAdditionalChargeMakesItThePrimaryPost() {
        clerk.transferTo(landRecords, JOINED);
        clerk.giveAdditionalCharge(survey, JOINED.plusMonths(3));
        clerk.transferTo(survey, TRANSFERRED);

        assertThat(clerk.currentPosts()).containsExactly(survey);
        assertThat(clerk.primaryAssignment()).hasValueSatisfying(a -> assertThat(a.getPost()).isSameAs(survey));
    }

    @Test
    void fifthWrongPasswordInARowLocksForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(clerk.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES)).as("attempt %d", i).isFalse();
        }
        assertThat(clerk.isLocked(NOW)).isFalse();
        assertThat(clerk.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES)).isTrue();
        assertThat(clerk.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(clerk.isLocked(NOW.plus(FIFTEEN_MINUTES))).isFalse();

        assertThat(clerk.recordFailedLogin(NOW.plus(Duration.ofMinutes(20)), 5, FIFTEEN_MINUTES))
                .as("after the lock expires the count starts again").isFalse();
        assertThat(clerk.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void successfulLoginOrUnlockClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            clerk.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES);
        }
        clerk.recordLogin(NOW);
        assertThat(clerk.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES)).isFalse();
        assertThat(clerk.getFailedAttempts()).isEqualTo(1);

        for (int i = 0; i < 5; i++) {
            clerk.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES);
        }
        clerk.unlock();
        assertThat(clerk.isLocked(NOW)).isFalse();
    }

    @Test
    void retirementBeforeBirthIsRefused() {
        assertThatThrownBy(() -> clerk.describe(null, null, null, LocalDate.of(1990, 5, 1), LocalDate.of(1980, 5, 31)))
                .hasMessage("user.retirement.beforeBirth");
    }

    @Test
    void hindiNamesTypedOnDifferentKeyboardsAreStoredAlike() {
        User precomposed = new User("a.b", "CG100001", "Fateh Singh", "\u095Eतेह सिंह");
        User decomposed = new User("a.c", "CG100002", "Fateh Singh", "\u092B\u093Cतेह सिंह");
        assertThat(precomposed.getNameHi()).isEqualTo(decomposed.getNameHi());
        assertThat(new User(" Ram.Sahu ", "cg100003", "Ram Sahu", "राम साहू").getLoginId()).isEqualTo("ram.sahu");
    }
}
