package org.daftar.mis.onboarding;

import jakarta.persistence.*;
import org.daftar.org.Department;
import org.daftar.org.Text;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A recorded onboarding step of a department: when it was done, what (the address, the nodal officer), and who said so. */
@Entity
@Table(name = "onboarding_step")
public class OnboardingStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Step step;

    @Column(length = 120)
    private String detail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User person;

    private Integer headcount;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected OnboardingStep() {
    }

    public OnboardingStep(Department department, Step step) {
        if (!step.isRecorded()) {
            throw new IllegalArgumentException("onboarding.step.computed");
        }
        this.department = Objects.requireNonNull(department);
        this.step = step;
    }

    /** Records (or corrects) the step: a step cannot be done in the future. */
    public void record(LocalDate doneOn, String detail, User person, Integer headcount, String by, Instant at, LocalDate today) {
        this.doneOn = notAfter(doneOn, today);
        this.detail = Text.clean(detail);
        this.person = person;
        this.headcount = headcount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** What was done is dated: on a day that has come. */
    static LocalDate notAfter(LocalDate day, LocalDate today) {
        if (day == null) {
            throw new IllegalArgumentException("onboarding.date.required");
        }
        if (day.isAfter(today)) {
            throw new IllegalArgumentException("onboarding.date.future");
        }
        return day;
    }

    public Long getId() { return id; }
    public Department getDepartment() { return department; }
    public Step getStep() { return step; }
    public String getDetail() { return detail; }
    public User getPerson() { return person; }
    public Integer getHeadcount() { return headcount; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
