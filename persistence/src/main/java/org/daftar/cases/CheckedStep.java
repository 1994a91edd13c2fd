package org.daftar.cases;

import jakarta.persistence.*;
import org.daftar.user.User;

import java.time.Instant;

/** A step of a pension case's checklist that was done: when, and by whom. */
@Embeddable
public class CheckedStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 30)
    private PensionStep step;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "done_by_user_id", nullable = false)
    private User doneBy;

    protected CheckedStep() {
    }

    CheckedStep(PensionStep step, Instant doneAt, User doneBy) {
        this.step = step;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
    }

    public PensionStep getStep() { return step; }
    public Instant getDoneAt() { return doneAt; }
    public User getDoneBy() { return doneBy; }
}
