package org.daftar.samiksha;

import org.daftar.efile.Details.DocumentRow;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of the e-Samiksha console, of "my instructions" and of a meeting's page: one assignee's
 * part, with its colour today and the documents attached to its compliance report.
 */
public record AssignmentRow(Long id, Long instructionId, String number, String text, Long meetingId, String meeting, String assignee,
                            String assigneeEn, String assigneeHi, String department, LocalDate deadline,
                            LocalDate originalDeadline, boolean deadlineMoved, AssignmentStatus status, Standing standing,
                            boolean reasonAsked, String reason, String compliance,
                            String proposedCompliance, LocalDate extensionAsked, List<DocumentRow> documents,
                            List<Linked> links) {

    /** An e-file or receipt the instruction is linked to, where its work is done. */
    public record Linked(Long itemId, boolean file, String number) {
    }

    static AssignmentRow of(Assignment a, Standing standing, List<DocumentRow> documents, List<Linked> links) {
        Instruction i = a.getInstruction();
        return new AssignmentRow(a.getId(), i.getId(), i.getNumber(), i.getText(),
                i.getMeeting() == null ? null : i.getMeeting().getId(),
                i.getMeeting() == null ? null : i.getMeeting().getTitle(), a.getAssignee().getCode(),
                a.getAssignee().name(false), a.getAssignee().name(true), a.getAssignee().getDepartment().getCode(),
                a.getDeadline(), i.getDeadline(), i.isDeadlineMoved(), a.getStatus(), standing,
                a.getReasonAskedAt() != null, a.getReason(), a.getCompliance(),
                a.getProposedCompliance(), a.getExtensionAsked(), documents, links);
    }
}
