package org.daftar.samiksha;

/** Fired after an instruction part changed (issued, reason asked, compliance returned …), observed after commit to tell the assignee's desk at once. */
public record AssignmentChanged(Long assignmentId, Long assigneePostId) {
}
