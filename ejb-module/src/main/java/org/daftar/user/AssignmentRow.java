package org.daftar.user;

import java.time.LocalDate;

/** A line of a person's post history. */
public record AssignmentRow(Long postId, String postCode, String postEn, String postHi, AssignmentKind kind,
                            LocalDate from, LocalDate to) {

    static AssignmentRow of(PostAssignment a) {
        return new AssignmentRow(a.getPost().getId(), a.getPost().getCode(), a.getPost().name(false), a.getPost().name(true),
                a.getKind(), a.getFrom(), a.getTo());
    }

    public boolean current() { return to == null; }
}
