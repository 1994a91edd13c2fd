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

/**
 * A time-limit letter's reply deadline on the 2026 calendar, its compliance by the dispatch of the
 * reply, and the compliance a linked file proposes to an instruction's assignee.
 */
class TimeLimitLetterTest {

    /** Republic Day, Mon 26-01-2026; Sundays and the 2nd/4th Saturdays (24-01) are off. */
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), Set.of(LocalDate.of(2026, 1, 26)));
    private final LocalDate thursday = LocalDate.of(2026, 1, 22);
    private final Post collector = post("GAD-COLLECTOR", null);
    private final Post clerk = post("LR-LR-AG2-1", collector);
    private final User clerkUser = user("clerk.landrecords", "Sunita Patel", "सुनीता पटेल");
    private final Instant now = ist("2026-01-23T11:00");

    @Test
    void withoutAReplyByDateTheDefaultCountsWorkingDaysFromReceiptAcrossTheHoliday() {
        // Fri 23, (Sat 24 and Sun 25 off, Mon 26 Republic Day) Tue 27, Wed 28: three working days
        Deadline d = Deadline.forLetter(null, thursday, 3, calendar);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(d.movedFromHoliday()).isFalse();
    }

    @Test
    void theLettersOwnReplyByDateWinsAndMovesOffAHoliday() {
        assertThat(Deadline.forLetter(LocalDate.of(2026, 1, 30), thursday, 3, calendar))
                .isEqualTo(new Deadline(LocalDate.of(2026, 1, 30), false));
        assertThat(Deadline.forLetter(LocalDate.of(2026, 1, 26), thursday, 3, calendar))
                .isEqualTo(new Deadline(LocalDate.of(2026, 1, 27), true));
    }

    @Test
    void theDispatchedReplyIsTheComplianceAndClosesTheLetterOnce() {
        Assignment a = letter().getAssignments().get(0);
        a.compliedByReply("Reply dispatched: REV/LR/D/0001/2026", clerk, clerkUser, now);
        a.compliedByReply("Reply dispatched: REV/LR/D/0002/2026", clerk, clerkUser, now);
        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(a.getCompliance()).isEqualTo("Reply dispatched: REV/LR/D/0001/2026");
        assertThat(a.standing(LocalDate.of(2026, 2, 27), calendar)).isEqualTo(Standing.COMPLIED);
        assertThat(a.getEvents()).extracting(AssignmentEvent::getKind)
                .containsExactly(EventKind.ISSUED, EventKind.COMPLIANCE_SUBMITTED, EventKind.ACCEPTED);
    }

    @Test
    void aLinkedFileProposesTheComplianceButOnlyTheAssigneeSubmitsIt() {
        Assignment a = letter().getAssignments().get(0);
        a.propose("LR/12/2026 closed on 23-01-2026");
        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.OPEN);
        assertThat(a.getProposedCompliance()).isEqualTo("LR/12/2026 closed on 23-01-2026");
        a.submitCompliance(clerk, clerkUser, "LR/12/2026 closed on 23-01-2026 after the patwari's report", now);
        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(a.getProposedCompliance()).isNull();
        a.propose("a later closing");
        assertThat(a.getProposedCompliance()).as("nothing is proposed once reported").isNull();
    }

    private Instruction letter() {
        return new Instruction("SS/2026/0009", null, InstructionSource.GOVERNMENT_LETTER, "Reply to time-limit letter LR/12/2026",
                Priority.IMMEDIATE, Deadline.forLetter(null, thursday, 3, calendar), List.of(clerk), clerkUser, clerk, now);
    }
}
