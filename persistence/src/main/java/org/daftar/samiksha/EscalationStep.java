package org.daftar.samiksha;

import jakarta.persistence.*;
import org.daftar.org.Post;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One rung of an assignment's escalation ladder, planned when the instruction is issued: a
 * reminder to the assignee before the deadline, then escalations up the reporting line once it is
 * overdue. Being a row, a step survives restarts; the poller fires it once, in the transaction that
 * marks it done, and a second server finds it done.
 */
@Entity
@Table(name = "escalation_step")
public class EscalationStep {

    public enum Kind { REMIND, ESCALATE }

    public enum Status { PENDING, DONE, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "target_post_id", nullable = false)
    private Post target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status = Status.PENDING;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Version
    private int version;

    protected EscalationStep() {
    }

    public EscalationStep(Assignment assignment, EscalationLadder.Rung rung) {
        this.assignment = assignment;
        this.stepNo = rung.stepNo();
        this.kind = rung.kind();
        this.dueOn = rung.dueOn();
        this.target = rung.target();
    }

    /**
     * Fires the step if it still applies: a reminder while the part is open, an escalation while it
     * is overdue (a compliance or an extension in the meantime makes it moot). Returns whether it fired.
     */
    public boolean fire(LocalDate today, Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        boolean applies = kind == Kind.REMIND ? assignment.getStatus() == AssignmentStatus.OPEN : assignment.isOverdue(today);
        if (!applies) {
            status = Status.SKIPPED;
            return false;
        }
        assignment.event(kind == Kind.REMIND ? EventKind.REMINDED : EventKind.ESCALATED, null, target, now,
                target.getCode(), null);
        status = Status.DONE;
        firedAt = now;
        return true;
    }

    public Long getId() { return id; }
    public Assignment getAssignment() { return assignment; }
    public int getStepNo() { return stepNo; }
    public Kind getKind() { return kind; }
    public LocalDate getDueOn() { return dueOn; }
    public Post getTarget() { return target; }
    public Status getStatus() { return status; }
    public Instant getFiredAt() { return firedAt; }
}
