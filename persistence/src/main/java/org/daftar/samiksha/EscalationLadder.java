package org.daftar.samiksha;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.org.Post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The escalation ladder of an assignment, worked out on the holiday calendar: a reminder to the
 * assignee {@code reminderDays} working days before the deadline; on the first working day after
 * it, escalation to the assignee's reporting officer; {@code laterDays} working days later to the
 * head of department; as many again later to the collector. A rung whose post is the assignee or
 * already had a rung is left out, so nobody is told twice.
 */
public record EscalationLadder(int reminderDays, int laterDays) {

    public record Rung(int stepNo, EscalationStep.Kind kind, LocalDate dueOn, Post target) {
    }

    public List<Rung> plan(LocalDate issuedOn, LocalDate deadline, Post assignee, Post hod, Post collector,
                           WorkingCalendar calendar) {
        List<Rung> rungs = new ArrayList<>();
        Set<Post> told = new HashSet<>();
        told.add(assignee);
        LocalDate remindOn = workingDaysBefore(deadline, reminderDays, calendar);
        if (reminderDays > 0 && remindOn.isAfter(issuedOn)) {
            rungs.add(new Rung(1, EscalationStep.Kind.REMIND, remindOn, assignee));
        }
        LocalDate overdue = calendar.addWorkingDays(deadline, 1);
        Post[] ladder = {assignee.getReportsTo(), hod, collector};
        for (int i = 0; i < ladder.length; i++) {
            Post target = ladder[i];
            if (target != null && told.add(target)) {
                rungs.add(new Rung(rungs.size() + 1, EscalationStep.Kind.ESCALATE,
                        calendar.addWorkingDays(overdue, i * laterDays), target));
            }
        }
        return rungs;
    }

    private static LocalDate workingDaysBefore(LocalDate day, int n, WorkingCalendar calendar) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
