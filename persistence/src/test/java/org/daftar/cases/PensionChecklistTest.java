package org.daftar.cases;

import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daftar.cases.CaseFixtures.*;

/** The four steps of a pension case: each once, in order, and the fourth completes it. */
class PensionChecklistTest {

    private final Post clerkPost = post(EDU_EST, "EDU-EST-AG2-1", null);
    private final User retiring = user("retiring.teacher");
    private final User clerk = user("clerk.edu");
    private final Instant opened = ist("2026-03-02T06:30");
    private final PensionCase c = new PensionCase(retiring, EDUCATION, clerkPost, LocalDate.of(2026, 5, 31), opened);

    @Test
    void allFourStepsCompleteTheCase() {
        assertThat(c.getStatus()).isEqualTo(PensionStatus.OPEN);

        c.mark(PensionStep.NO_DUES, clerk, ist("2026-03-05T11:00"));
        assertThat(c.getStatus()).isEqualTo(PensionStatus.STARTED);
        c.mark(PensionStep.SERVICE_BOOK_VERIFIED, clerk, ist("2026-03-06T11:00"));
        c.mark(PensionStep.PAPERS_SENT_TO_TREASURY, clerk, ist("2026-03-20T11:00"));
        assertThat(c.getStatus()).isEqualTo(PensionStatus.STARTED);
        assertThat(c.getCompletedAt()).isNull();

        c.mark(PensionStep.PPO_RECEIVED, clerk, ist("2026-05-10T15:00"));

        assertThat(c.getStatus()).isEqualTo(PensionStatus.COMPLETED);
        assertThat(c.getCompletedAt()).isEqualTo(ist("2026-05-10T15:00"));
        assertThat(c.getSteps()).extracting(CheckedStep::getStep).containsExactly(PensionStep.NO_DUES,
                PensionStep.SERVICE_BOOK_VERIFIED, PensionStep.PAPERS_SENT_TO_TREASURY, PensionStep.PPO_RECEIVED);
        assertThat(c.step(PensionStep.NO_DUES)).hasValueSatisfying(s -> {
            assertThat(s.getDoneBy()).isSameAs(clerk);
            assertThat(s.getDoneAt()).isEqualTo(ist("2026-03-05T11:00"));
        });
        assertThat(c.isOverdue(LocalDate.of(2026, 6, 1))).as("completed in time, never overdue").isFalse();
    }

    @Test
    void aStepIsDoneOnlyOnce() {
        c.mark(PensionStep.SERVICE_BOOK_VERIFIED, clerk, ist("2026-03-05T11:00"));

        assertThatThrownBy(() -> c.mark(PensionStep.SERVICE_BOOK_VERIFIED, clerk, ist("2026-03-06T11:00")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("pensionCase.step.alreadyDone");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                });
        assertThat(c.getSteps()).hasSize(1);
        assertThat(c.step(PensionStep.SERVICE_BOOK_VERIFIED).orElseThrow().getDoneAt()).isEqualTo(ist("2026-03-05T11:00"));
    }

    @Test
    void papersGoToTheTreasuryOnlyAfterTheServiceBookAndNoDuesAndThePpoAfterThem() {
        c.mark(PensionStep.SERVICE_BOOK_VERIFIED, clerk, ist("2026-03-05T11:00"));

        assertThatThrownBy(() -> c.mark(PensionStep.PAPERS_SENT_TO_TREASURY, clerk, ist("2026-03-06T11:00")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("pensionCase.step.notYet");
                    assertThat(e.args()).containsExactly("NO_DUES");
                });
        assertThatThrownBy(() -> c.mark(PensionStep.PPO_RECEIVED, clerk, ist("2026-03-06T11:00")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.args()).containsExactly("PAPERS_SENT_TO_TREASURY"));
        assertThat(c.getStatus()).isEqualTo(PensionStatus.STARTED);
        assertThat(c.getSteps()).hasSize(1);
    }

    @Test
    void anUnfinishedCaseIsOverdueAfterTheRetirementDate() {
        assertThat(c.isOverdue(LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(c.isOverdue(LocalDate.of(2026, 6, 1))).isTrue();
    }
}
