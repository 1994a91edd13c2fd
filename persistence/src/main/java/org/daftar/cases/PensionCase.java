package org.daftar.cases;

import jakarta.persistence.*;
import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pension case (पेंशन प्रकरण) of one employee, opened by Daftar itself before they retire and
 * put on the establishment desk of their department, with the retirement date as its deadline.
 * One per employee, ever: the database's unique key on the employee guarantees it, also when two
 * server instances open cases at the same moment.
 */
@Entity
@Table(name = "pension_case")
public class PensionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true, updatable = false)
    private User employee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assigned_post_id", nullable = false)
    private Post assignedPost;

    @Column(name = "retirement_date", nullable = false)
    private LocalDate retirementDate;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PensionStatus status = PensionStatus.OPEN;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pension_case_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderBy("doneAt")
    private List<CheckedStep> steps = new ArrayList<>();

    @Version
    private int version;

    protected PensionCase() {
    }

    /** Opens the case of {@code employee}, who retires on {@code retirementDate}, on the desk of {@code post}. */
    public PensionCase(User employee, Department department, Post post, LocalDate retirementDate, Instant now) {
        if (employee == null || department == null || post == null || retirementDate == null || now == null) {
            throw new IllegalArgumentException("pension case needs an employee, a department, a post, a retirement date and a time");
        }
        this.employee = employee;
        this.department = department;
        this.assignedPost = post;
        this.retirementDate = retirementDate;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /**
     * Marks a step of the checklist done. A step is done once (a second time is refused, 409), and
     * only after the steps it depends on; the fourth step completes the case.
     */
    public void mark(PensionStep step, User by, Instant now) {
        if (step == null) {
            throw new BusinessException("pensionCase.step.required");
        }
        if (isDone(step)) {
            throw BusinessException.conflict("pensionCase.step.alreadyDone", step.name());
        }
        Set<PensionStep> missing = EnumSet.noneOf(PensionStep.class);
        missing.addAll(step.requires());
        missing.removeAll(done());
        if (!missing.isEmpty()) {
            throw new BusinessException("pensionCase.step.notYet",
                    missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        steps.add(new CheckedStep(step, now, by));
        updatedAt = now;
        if (done().size() == PensionStep.values().length) {
            status = PensionStatus.COMPLETED;
            completedAt = now;
        } else {
            status = PensionStatus.STARTED;
        }
    }

    public boolean isDone(PensionStep step) {
        return steps.stream().anyMatch(s -> s.getStep() == step);
    }

    public Optional<CheckedStep> step(PensionStep step) {
        return steps.stream().filter(s -> s.getStep() == step).findFirst();
    }

    private Set<PensionStep> done() {
        Set<PensionStep> d = EnumSet.noneOf(PensionStep.class);
        steps.forEach(s -> d.add(s.getStep()));
        return d;
    }

    /** Past the retirement date and not completed. */
    public boolean isOverdue(LocalDate today) {
        return status != PensionStatus.COMPLETED && today.isAfter(retirementDate);
    }

    public Long getId() { return id; }
    public User getEmployee() { return employee; }
    public Department getDepartment() { return department; }
    public Post getAssignedPost() { return assignedPost; }
    public LocalDate getRetirementDate() { return retirementDate; }
    public Instant getOpenedAt() { return openedAt; }
    public PensionStatus getStatus() { return status; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<CheckedStep> getSteps() { return Collections.unmodifiableList(steps); }
    public int getVersion() { return version; }
}
