package org.daftar.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.cases.CaseRows.PensionCaseRow;
import org.daftar.cases.PensionCases;
import org.daftar.cases.PensionStatus;
import org.daftar.cases.PensionStep;
import org.daftar.org.OrgService;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The pension cases Daftar opened before employees retire: by department (the viewer's own, or
 * any for the collector, ADMs and heads of department) and status, the nearest retirement first,
 * with the days left and the checklist, each step ticked by the establishment desk and showing who
 * ticked it when. Paged in the database.
 */
@Named
@ViewScoped
public class PensionCasesView implements Serializable {

    private static final int DUE_SOON_DAYS = 30;

    @Inject
    private PensionCases pensions;

    @Inject
    private OrgService org;

    private List<String> departments;
    private String department;
    private PensionStatus status;

    private final PagedRows<PensionCaseRow> rows = new PagedRows<>(
            () -> pensions.list(status, department, 0, 1).total(),
            (first, max) -> pensions.list(status, department, first, max).items(),
            PensionCaseRow::id);

    @PostConstruct
    void init() {
        List<String> mine = pensions.listableDepartments();
        departments = mine != null ? mine : org.departments().stream().map(d -> d.getCode()).toList();
        department = departments.size() == 1 ? departments.get(0) : null;
    }

    /** Ticks a step of a case's checklist (the service lets only the case's desk do it). */
    public void tick(PensionCaseRow row, PensionStep step) {
        pensions.markStep(row.id(), step);
        Messages.info(null, "pensionCase.ticked", Messages.text("pensionCase.step." + step.name()), row.employeeCode());
    }

    /** The colour of a case: overdue (retired, not completed), completed, due soon (a month or less left) or on time. */
    public String standing(PensionCaseRow r) {
        return r.overdue() ? "OVERDUE" : r.status() == PensionStatus.COMPLETED ? "COMPLIED"
                : r.daysLeft() <= DUE_SOON_DAYS ? "DUE_SOON" : "ON_TIME";
    }

    /** The same in words: completed, days left until retirement, or days since. */
    public String inWords(PensionCaseRow r) {
        if (r.status() == PensionStatus.COMPLETED) {
            return Messages.text("pensionCase.status.COMPLETED");
        }
        return r.daysLeft() >= 0 ? Messages.text("pensionCase.daysLeft", r.daysLeft())
                : Messages.text("pensionCase.retiredAgo", -r.daysLeft());
    }

    public PensionStatus[] getStatuses() { return PensionStatus.values(); }
    public PagedRows<PensionCaseRow> getRows() { return rows; }
    public List<String> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public PensionStatus getStatus() { return status; }
    public void setStatus(PensionStatus status) { this.status = status; }
}
