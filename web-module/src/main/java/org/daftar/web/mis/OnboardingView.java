package org.daftar.web.mis;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.mis.onboarding.OnboardingRows.DepartmentOnboarding;
import org.daftar.mis.onboarding.OnboardingRows.Employee;
import org.daftar.mis.onboarding.OnboardingRows.OnboardingReport;
import org.daftar.mis.onboarding.OnboardingRows.StepState;
import org.daftar.mis.onboarding.OnboardingRows.UnmappedPost;
import org.daftar.mis.onboarding.OnboardingService;
import org.daftar.mis.onboarding.Step;
import org.daftar.org.Department;
import org.daftar.web.i18n.Formats;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The onboarding tracker: each department's steps with date and by whom, its percentage and the
 * district's, what each department still lacks (for the meeting), and the forms to record a step or
 * an ID card for the departments the reader answers for.
 */
@Named
@ViewScoped
public class OnboardingView implements Serializable {

    @Inject
    private transient OnboardingService onboarding;

    @Inject
    private transient Clock clock;

    @Inject
    private Formats formats;

    private OnboardingReport report;
    private List<Department> recordable;

    private Long departmentId;
    private Step step;
    private LocalDate doneOn;
    private String detail;

    private String employee;
    private String reference;
    private LocalDate issuedOn;

    private DepartmentOnboarding shown;
    private List<UnmappedPost> unmapped = List.of();
    private List<Employee> withoutCard = List.of();

    @PostConstruct
    void init() {
        recordable = onboarding.recordable();
        doneOn = LocalDate.now(clock);
        issuedOn = doneOn;
        load();
    }

    private void load() {
        report = onboarding.report();
    }

    public void record() {
        onboarding.record(departmentId, step, doneOn, detail);
        Messages.info(null, "onboarding.recorded");
        detail = null;
        load();
    }

    public void issueCard() {
        onboarding.issueIdCard(employee, reference, issuedOn);
        Messages.info(null, "onboarding.idCard.recorded", employee);
        employee = null;
        reference = null;
        load();
        if (shown != null) {
            show(shown.departmentId());
        }
    }

    /** What the department still lacks, posts nobody holds and employees without an ID card. */
    public void show(Long id) {
        shown = report.departments().stream().filter(d -> d.departmentId().equals(id)).findFirst().orElse(null);
        unmapped = onboarding.unmappedPosts(id);
        withoutCard = onboarding.withoutIdCard(id);
    }

    /** A step as one short text: "12-11-2026, admin: dm@cg.gov.in", or "9 of 12", or "—" when not done. */
    public String cell(DepartmentOnboarding d, String stepName) {
        StepState s = d.step(Step.valueOf(stepName));
        String mark = Messages.text(s.done() ? "onboarding.done" : "onboarding.notDone");
        if (!s.step().isRecorded()) {
            return mark + " " + progress(s) + (s.doneOn() == null ? "" : ", " + formats.date(s.doneOn()));
        }
        if (!s.done()) {
            return mark;
        }
        return mark + " " + formats.date(s.doneOn()) + ", " + s.by() + (s.detail() == null ? "" : ": " + s.detail());
    }

    /** "VPN; ID cards (7 of 10)": the steps a department still lacks, for the meeting. */
    public String lacking(DepartmentOnboarding d) {
        return d.lacking().stream().filter(s -> s.step().isCounted())
                .map(s -> Messages.text("onboarding.step." + s.step())
                        + (s.step().isRecorded() ? "" : " (" + progress(s) + ")"))
                .collect(Collectors.joining("; "));
    }

    /** "9 of 12"; for the user IDs of a department that has not declared its headcount, says so. */
    private static String progress(StepState s) {
        return s.step() == Step.USER_IDS && s.need() == 0 ? Messages.text("onboarding.headcount.missing", s.have())
                : Messages.text("onboarding.ofTotal", s.have(), s.need());
    }

    public List<DepartmentOnboarding> getLackingDepartments() {
        return report.departments().stream().filter(d -> d.percent() < 100).toList();
    }

    /** The reader answers for the department, so may see who in it lacks what. */
    public boolean mayShow(Long departmentId) {
        return recordable.stream().anyMatch(d -> d.getId().equals(departmentId));
    }

    public List<Step> getRecordedSteps() {
        return Arrays.stream(Step.values()).filter(Step::isRecorded).toList();
    }

    public OnboardingReport getReport() { return report; }
    public List<Department> getRecordable() { return recordable; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Step getStep() { return step; }
    public void setStep(Step step) { this.step = step; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public String getEmployee() { return employee; }
    public void setEmployee(String employee) { this.employee = employee; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public DepartmentOnboarding getShown() { return shown; }
    public List<UnmappedPost> getUnmapped() { return unmapped; }
    public List<Employee> getWithoutCard() { return withoutCard; }
}
