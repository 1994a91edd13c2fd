package org.daftar.web.efile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.org.Department;
import org.daftar.org.OrgService;
import org.daftar.samiksha.TimeLimitLetters;
import org.daftar.web.faces.PagedRows;

import java.io.Serializable;
import java.util.List;

/** The register of pending time-limit letters, department-wise, paged in the database. */
@Named
@ViewScoped
public class TlRegisterView implements Serializable {

    @Inject
    private transient TimeLimitLetters letters;

    @Inject
    private transient OrgService org;

    private String department;
    private boolean overdueOnly;
    private List<Department> departments;

    private final PagedRows<TimeLimitLetters.Row> rows = new PagedRows<>(
            () -> letters.count(department, overdueOnly),
            (first, max) -> letters.pending(department, overdueOnly, first, max),
            TimeLimitLetters.Row::receiptId);

    @PostConstruct
    void init() {
        departments = org.departments();
    }

    public PagedRows<TimeLimitLetters.Row> getRows() { return rows; }
    public List<Department> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
}
