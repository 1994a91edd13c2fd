package org.daftar.samiksha;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An instruction with each assignee's part, the history of every part and its escalation ladder:
 * which rung is due on which working day, to whom, and whether it has fired.
 */
public record InstructionView(Long id, String number, String text, String source, String meeting, String priority,
                              LocalDate deadline, boolean deadlineMoved, String issuedBy, Instant issuedAt,
                              List<AssignmentRow> assignments, List<Event> events, List<Rung> ladder) {

    public record Event(String assignee, EventKind kind, Instant at, String by, String text, LocalDate newDeadline) {
    }

    public record Rung(String assignee, int stepNo, EscalationStep.Kind kind, LocalDate dueOn, String target,
                       EscalationStep.Status status, Instant firedAt) {
        static Rung of(EscalationStep s) {
            return new Rung(s.getAssignment().getAssignee().getCode(), s.getStepNo(), s.getKind(), s.getDueOn(),
                    s.getTarget().getCode(), s.getStatus(), s.getFiredAt());
        }
    }

    static InstructionView of(Instruction i, List<AssignmentRow> rows, List<EscalationStep> steps) {
        List<Event> events = i.getAssignments().stream().flatMap(a -> a.getEvents().stream())
                .map(e -> new Event(e.getAssignment().getAssignee().getCode(), e.getKind(), e.getAt(),
                        e.getActorPost() == null ? null : e.getActorPost().getCode(), e.getText(), e.getNewDeadline()))
                .sorted(java.util.Comparator.comparing(Event::at)).toList();
        return new InstructionView(i.getId(), i.getNumber(), i.getText(), i.getSource().name(),
                i.getMeeting() == null ? null : i.getMeeting().getTitle(), i.getPriority().name(), i.getDeadline(),
                i.isDeadlineMoved(), i.getIssuedByPost().getCode(), i.getIssuedAt(), rows, events,
                steps.stream().map(Rung::of).toList());
    }
}
