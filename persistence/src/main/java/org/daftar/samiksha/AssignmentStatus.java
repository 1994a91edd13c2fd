package org.daftar.samiksha;

/**
 * Where one assignee's part of an instruction stands. OPEN until the assignee submits a compliance
 * report (पालन प्रतिवेदन); the issuing officer accepts it (closed) or returns it (open again).
 * "Overdue" is not a status: it is derived from the clock and the deadline.
 */
public enum AssignmentStatus {
    OPEN, SUBMITTED, ACCEPTED
}
