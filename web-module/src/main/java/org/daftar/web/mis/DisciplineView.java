package org.daftar.web.mis;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.mis.discipline.DepartmentDiscipline;
import org.daftar.mis.discipline.DisciplineReport;
import org.daftar.mis.discipline.DisciplineService;
import org.daftar.mis.discipline.PersonDiscipline;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily discipline for a chosen day: the district's departments (collector/ADM) with a click through
 * to a department's defaulters, a head of department's own department person by person, and
 * everyone's own last working days.
 */
@Named
@ViewScoped
public class DisciplineView implements Serializable {

    @Inject
    private DisciplineService discipline;

    private LocalDate date;
    private String department;
    private boolean defaultersOnly = true;
    private DisciplineReport report;

    @PostConstruct
    void init() {
        date = discipline.today();
        load();
    }

    public void load() {
        if (date == null) {
            date = discipline.today();
        }
        report = discipline.report(date, department);
    }

    /** The collector's click on a department: its people, defaulters first. */
    public void drill(DepartmentDiscipline d) {
        department = d.code();
        defaultersOnly = true;
        load();
    }

    public void district() {
        department = null;
        load();
    }

    public List<PersonDiscipline> getPeople() {
        return report.people().stream().filter(p -> !defaultersOnly || p.defaulter()).toList();
    }

    /** "92.5 %", or a dash when nothing was due. */
    public String percent(Double value) {
        return value == null ? "—" : value + " %";
    }

    /** Yes or no for a day that was due; a dash for one that was not (leave). */
    public String met(boolean due, boolean compliant) {
        return !due ? "—" : Messages.text(compliant ? "common.yes" : "common.no");
    }

    public boolean isDistrict() { return report.scope() == DisciplineReport.Scope.DISTRICT; }

    /** The people table: a department drilled into, or the head of department's own. */
    public boolean isPeopleShown() { return report.department() != null; }

    public DisciplineReport getReport() { return report; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getDepartment() { return department; }
    public boolean isDefaultersOnly() { return defaultersOnly; }
    public void setDefaultersOnly(boolean defaultersOnly) { this.defaultersOnly = defaultersOnly; }
}
