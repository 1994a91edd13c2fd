package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.document.Labels;
import org.daftar.samiksha.Assignment;
import org.daftar.samiksha.AssignmentStatus;

import java.util.List;

/**
 * What earlier meetings left open: every assignee's part of an instruction given in a meeting
 * before the pack's date that is not yet accepted, with its state, deadline, days overdue and the
 * reason the assignee gave when asked.
 */
@Stateless
public class EarlierInstructionsPart implements PackPart {

    @PersistenceContext
    private EntityManager em;

    @Override public int order() { return 60; }

    @Override public String key() { return "earlierInstructions"; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.text("instruction"), PackColumn.date("meeting"), PackColumn.text("text"),
                PackColumn.text("assignee"), PackColumn.text("state"), PackColumn.date("deadline"),
                PackColumn.daysOver("daysOverdue"), PackColumn.text("reason"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        return em.createQuery("select a from Assignment a join a.instruction i join i.meeting m where m.date < :date"
                        + " and a.status <> :accepted order by a.deadline, a.id", Assignment.class)
                .setParameter("date", scope.meetingDate()).setParameter("accepted", AssignmentStatus.ACCEPTED)
                .setMaxResults(MAX_ROWS).getResultStream().map(a -> {
                    int late = scope.daysOver(a.getDeadline());
                    return PackRow.of(a.getAssignee().getDepartment().getCode(), a.getInstruction().getNumber(),
                            a.getInstruction().getMeeting().getDate(), a.getInstruction().getText(), PackText.post(a.getAssignee()),
                            state(a.getStatus(), late), a.getDeadline(), late, a.getReason());
                }).toList();
    }

    private static String state(AssignmentStatus status, int daysOver) {
        return status == AssignmentStatus.SUBMITTED ? Labels.both("status.SUBMITTED")
                : Labels.both(daysOver > 0 ? "standing.OVERDUE" : "standing.ON_TIME");
    }
}
