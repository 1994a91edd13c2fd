package org.daftar.samiksha;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Priority;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.*;

/**
 * The collector's instructions against the 2026 calendar of Chhattisgarh: deadlines in working days,
 * holidays moving a date, each assignee's compliance, extensions and "ask reason".
 */
class InstructionLifeCycleTest {

    /** Republic Day (Mon 26-01-2026) and Holi (Wed 04-03-2026); Sundays and 2nd/4th Saturdays off by the standard rule. */
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(),
            Set.of(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 3, 4)));

    private final Post collector = post("GAD-COLLECTOR", null);
    private final Post hodRevenue = post("REV-HOD", collector);
    private final Post hodHealth = post("HLT-HOD", collector);
    private final User collectorUser = user("collector", "Avnish Sharan", "अवनीश शरण");
    private final User hodUser = user("hod.revenue", "Rakesh Verma", "राकेश वर्मा");
    private final Instant friday = ist("2026-01-23T11:00");
    private final LocalDate today = LocalDate.of(2026, 1, 23);

    private Instruction twoWorkingDays() {
        Deadline d = Deadline.of(null, 2, today, calendar);
        return new Instruction("SS/2026/0001", null, null, "सभी लंबित पेंशन प्रकरण निपटाएँ", Priority.IMMEDIATE, d,
                List.of(hodRevenue, hodHealth), collectorUser, collector, friday);
    }

    @Test
    void twoWorkingDaysFromAFridayBeforeRepublicDayEndOnTuesday() {
        // Sat 24 is the 4th Saturday, Sun 25, Mon 26 Republic Day: Tue 27 and Wed 28
        assertThat(Deadline.of(null, 2, today, calendar)).isEqualTo(new Deadline(LocalDate.of(2026, 1, 28), false));
    }

    @Test
    void aDateOnAHolidayMovesToTheNextWorkingDayAndSaysSo() {
        assertThat(Deadline.of(LocalDate.of(2026, 1, 26), null, today, calendar))
                .isEqualTo(new Deadline(LocalDate.of(2026, 1, 27), true));
        assertThat(Deadline.of(LocalDate.of(2026, 1, 29), null, today, calendar).movedFromHoliday()).isFalse();
    }

    @Test
    void aDeadlineInThePastOrWithoutADateIsRefused() {
        assertThat(refused(() -> Deadline.of(LocalDate.of(2026, 1, 22), null, today, calendar)).key())
                .isEqualTo("instruction.deadline.past");
        assertThat(refused(() -> Deadline.of(null, null, today, calendar)).key()).isEqualTo("instruction.deadline.required");
        assertThat(refused(() -> Deadline.of(null, 0, today, calendar)).key()).isEqualTo("instruction.deadline.workingDays");
    }

    @Test
    void everyAssigneeAnswersForItsOwnPart() {
        Instruction i = twoWorkingDays();
        assertThat(i.getAssignments()).extracting(Assignment::getAssignee).containsExactly(hodRevenue, hodHealth);
        assertThat(i.getAssignments()).allSatisfy(a -> {
            assertThat(a.getStatus()).isEqualTo(AssignmentStatus.OPEN);
            assertThat(a.getDeadline()).isEqualTo(LocalDate.of(2026, 1, 28));
            assertThat(a.getEvents()).extracting(AssignmentEvent::getKind).containsExactly(EventKind.ISSUED);
        });
        assertThat(refused(() -> new Instruction("SS/2026/0002", null, null, "x", null, Deadline.of(null, 1, today, calendar),
                List.of(), collectorUser, collector, friday)).key()).isEqualTo("instruction.assignee.required");
        assertThat(refused(() -> new Instruction("SS/2026/0003", null, null, "x", null, Deadline.of(null, 1, today, calendar),
                List.of(hodRevenue, hodRevenue), collectorUser, collector, friday)).key()).isEqualTo("instruction.assignee.duplicate");
    }

    @Test
    void complianceIsAcceptedByTheReviewerNeverByTheAssigneeItself() {
        Assignment a = twoWorkingDays().getAssignments().get(0);
        assertThat(refused(() -> a.submitCompliance(hodHealth, hodUser, "done", friday)).kind())
                .isEqualTo(BusinessException.Kind.FORBIDDEN);
        assertThat(refused(() -> a.submitCompliance(hodRevenue, hodUser, " ", friday)).key())
                .isEqualTo("instruction.compliance.required");
        a.submitCompliance(hodRevenue, hodUser, "12 प्रकरण निपटाए गए", friday);
        assertThat(refused(() -> a.accept(hodRevenue, hodUser, friday)).key()).isEqualTo("instruction.accept.own");
        a.accept(collector, collectorUser, friday);
        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(a.standing(LocalDate.of(2026, 2, 10), calendar)).isEqualTo(Standing.COMPLIED);
        assertThat(a.getEvents()).extracting(AssignmentEvent::getKind)
                .containsExactly(EventKind.ISSUED, EventKind.COMPLIANCE_SUBMITTED, EventKind.ACCEPTED);
    }

    @Test
    void aReturnedComplianceIsOpenAgainWithTheSameDeadline() {
        Assignment a = twoWorkingDays().getAssignments().get(0);
        a.submitCompliance(hodRevenue, hodUser, "आंशिक", friday);
        a.returnCompliance(collector, collectorUser, "पूरी सूची संलग्न करें", friday);
        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.OPEN);
        assertThat(a.getDeadline()).isEqualTo(LocalDate.of(2026, 1, 28));
    }

    @Test
    void standingGoesFromOnTimeToDueSoonToOverdue() {
        Instruction i = new Instruction("SS/2026/0004", null, null, "x", null, Deadline.of(null, 7, today, calendar),
                List.of(hodRevenue), collectorUser, collector, friday);
        Assignment a = i.getAssignments().get(0);
        assertThat(a.getDeadline()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(a.standing(today, calendar)).isEqualTo(Standing.ON_TIME);
        assertThat(a.standing(LocalDate.of(2026, 1, 30), calendar)).as("Sat 31-01 is a fifth Saturday, a working day").isEqualTo(Standing.ON_TIME);
        assertThat(a.standing(LocalDate.of(2026, 2, 2), calendar)).isEqualTo(Standing.DUE_SOON);
        assertThat(a.standing(LocalDate.of(2026, 2, 3), calendar)).as("the deadline day itself").isEqualTo(Standing.DUE_SOON);
        assertThat(a.standing(LocalDate.of(2026, 2, 4), calendar)).isEqualTo(Standing.OVERDUE);
    }

    @Test
    void anExtensionMovesTheAssigneesDeadlineButNotTheInstructions() {
        Instruction i = twoWorkingDays();
        Assignment a = i.getAssignments().get(0);
        assertThat(refused(() -> a.requestExtension(hodRevenue, hodUser, LocalDate.of(2026, 1, 27), "x", friday)).key())
                .isEqualTo("instruction.extension.notLater");
        a.requestExtension(hodRevenue, hodUser, LocalDate.of(2026, 3, 4), "तहसीलों से जानकारी अपेक्षित", friday);
        a.grantExtension(collector, collectorUser, calendar, friday);
        assertThat(a.getDeadline()).as("Holi moves it to the next working day").isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(i.getDeadline()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(refused(() -> a.grantExtension(collector, collectorUser, calendar, friday)).key())
                .isEqualTo("instruction.extension.notAsked");
    }

    @Test
    void theReasonIsAskedOnlyOnceOverdueAndAnsweredByTheAssignee() {
        Assignment a = twoWorkingDays().getAssignments().get(1);
        assertThat(refused(() -> a.askReason(collector, collectorUser, LocalDate.of(2026, 1, 28), friday)).key())
                .isEqualTo("instruction.askReason.notOverdue");
        a.askReason(collector, collectorUser, LocalDate.of(2026, 1, 29), friday);
        assertThat(refused(() -> a.askReason(collector, collectorUser, LocalDate.of(2026, 1, 30), friday)).key())
                .isEqualTo("instruction.askReason.pending");
        assertThat(refused(() -> a.giveReason(hodRevenue, hodUser, "x", friday)).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
        a.giveReason(hodHealth, hodUser, "चिकित्सकों का प्रशिक्षण चल रहा था", friday);
        assertThat(a.getReason()).isEqualTo("चिकित्सकों का प्रशिक्षण चल रहा था");
        assertThat(a.getEvents()).extracting(AssignmentEvent::getKind).endsWith(EventKind.REASON_ASKED, EventKind.REASON_GIVEN);
    }
}
