package org.daftar.mis.onboarding;

import jakarta.persistence.*;
import org.daftar.org.Department;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The paper files a department still worked on in a week, as its nodal officer declares them. */
@Entity
@Table(name = "physical_files")
public class PhysicalFiles {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "file_count", nullable = false)
    private int count;

    @Column(name = "declared_by", nullable = false, length = 40)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Version
    private int version;

    protected PhysicalFiles() {
    }

    public PhysicalFiles(Department department, LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("adoption.week.monday");
        }
        this.department = Objects.requireNonNull(department);
        this.weekStart = weekStart;
    }

    public void declare(int count, String by, Instant at) {
        if (count < 0 || count > 1_000_000) {
            throw new IllegalArgumentException("adoption.physical.invalid");
        }
        this.count = count;
        this.declaredBy = by;
        this.declaredAt = at;
    }

    public Department getDepartment() { return department; }
    public LocalDate getWeekStart() { return weekStart; }
    public int getCount() { return count; }
    public String getDeclaredBy() { return declaredBy; }
    public Instant getDeclaredAt() { return declaredAt; }
}
