package org.daftar.samiksha;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Priority;
import org.daftar.org.Post;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.*;

/** The ladder of an overdue instruction on the 2026 calendar, and each rung firing once and only while it applies. */
class EscalationLadderTest {

    /** Republic Day, Mon 26-01-2026; the 4th Saturday 24-01 and Sundays are off; Sat 31-01 (5th) is a working day. */
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), Set.of(LocalDate.of(2026, 1, 26)));
    private final Post collector = post("GAD-COLLECTOR", null);
    private final Post hod = post("LR-HOD", collector);
    private final Post officer = post("LR-LR-SO", hod);
    private final User collectorUser = user("collector", "Avnish Sharan", "अवनीश शरण");
    private final EscalationLadder ladder = new EscalationLadder(1, 3);
    private final LocalDate friday = LocalDate.of(2026, 1, 23);
    private final LocalDate deadline = LocalDate.of(2026, 1, 28); // two working days after Friday 23-01

    @Test
    void aRemindingDayBeforeThenTheReportingOfficerTheHeadAndTheCollector() {
        Post clerk = post("LR-LR-AG2-1", officer);
        List<EscalationLadder.Rung> rungs = ladder.plan(friday, deadline, clerk, hod, collector, calendar);
        assertThat(rungs).extracting(EscalationLadder.Rung::stepNo).containsExactly(1, 2, 3, 4);
        assertThat(rungs).extracting(EscalationLadder.Rung::target).containsExactly(clerk, officer, hod, collector);
        assertThat(rungs).extracting(EscalationLadder.Rung::dueOn).containsExactly(
                LocalDate.of(2026, 1, 27),   // one working day before the deadline
                LocalDate.of(2026, 1, 29),   // the first working day after it
                LocalDate.of(2026, 2, 2),    // three working days later (Sat 31 works, Sun 1 off)
                LocalDate.of(2026, 2, 5));
    }

    @Test
    void nobodyIsToldTwiceAndTheAssigneeIsNotItsOwnEscalation() {
        List<EscalationLadder.Rung> rungs = ladder.plan(friday, deadline, officer, hod, collector, calendar);
        // the officer's reporting officer is the head of department: one rung for both
        assertThat(rungs).extracting(EscalationLadder.Rung::target).containsExactly(officer, hod, collector);
        assertThat(ladder.plan(friday, deadline, hod, hod, collector, calendar))
                .extracting(EscalationLadder.Rung::target).containsExactly(hod, collector);
    }

    @Test
    void noReminderWhenTheDeadlineIsTheNextWorkingDay() {
        LocalDate tomorrowDeadline = LocalDate.of(2026, 1, 27);
        assertThat(ladder.plan(friday, tomorrowDeadline, officer, hod, collector, calendar))
                .extracting(EscalationLadder.Rung::kind).doesNotContain(EscalationStep.Kind.REMIND);
    }

    @Test
    void anEscalationFiresOnceOnlyWhileThePartIsOverdue() {
        Instruction i = new Instruction("SS/2026/0009", null, null, "पेंशन प्रकरण", Priority.ORDINARY,
                new Deadline(deadline, false), List.of(officer), collectorUser, collector, ist("2026-01-23T11:00"));
        Assignment a = i.getAssignments().get(0);
        List<EscalationLadder.Rung> rungs = ladder.plan(friday, deadline, officer, hod, collector, calendar);
        EscalationStep remind = new EscalationStep(a, rungs.get(0));
        EscalationStep toHod = new EscalationStep(a, rungs.get(1));
        Instant now = ist("2026-01-29T09:00");

        assertThat(toHod.fire(LocalDate.of(2026, 1, 28), now)).as("not yet overdue on the deadline day").isFalse();
        assertThat(toHod.getStatus()).isEqualTo(EscalationStep.Status.SKIPPED);

        EscalationStep again = new EscalationStep(a, rungs.get(1));
        assertThat(again.fire(LocalDate.of(2026, 1, 29), now)).isTrue();
        assertThat(again.fire(LocalDate.of(2026, 1, 29), now)).as("a rung fires once").isFalse();
        assertThat(a.getEvents()).extracting(AssignmentEvent::getKind).containsExactly(EventKind.ISSUED, EventKind.ESCALATED);

        a.submitCompliance(officer, collectorUser, "निराकृत", now);
        assertThat(remind.fire(LocalDate.of(2026, 1, 27), now)).as("no reminder once complied").isFalse();
    }
}
