package org.daftar.web.mis;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.mis.onboarding.AdoptionService;
import org.daftar.mis.onboarding.OnboardingRows.Adoption;
import org.daftar.mis.onboarding.OnboardingService;
import org.daftar.org.Department;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Adoption by department for a chosen week, the paper files a department declares for it, and the
 * trend of the last twelve weeks of one department or the district.
 */
@Named
@ViewScoped
public class AdoptionView implements Serializable {

    @Inject
    private transient AdoptionService adoption;

    @Inject
    private transient OnboardingService onboarding;

    private LocalDate day;
    private List<Adoption> week;
    private Long trendDepartmentId;
    private List<Adoption> trend;
    private List<Department> recordable;

    private Long departmentId;
    private Integer physicalFiles;

    @PostConstruct
    void init() {
        recordable = onboarding.recordable();
        day = adoption.weekOf(null);
        load();
    }

    public void load() {
        day = adoption.weekOf(day);
        week = adoption.week(day);
        trend = adoption.trend(trendDepartmentId, day);
    }

    public void declare() {
        adoption.declarePhysicalFiles(departmentId, day, physicalFiles);
        Messages.info(null, "adoption.declared");
        load();
    }

    public LocalDate getWeekEnd() { return day.plusDays(6); }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public List<Adoption> getWeek() { return week; }
    public List<Adoption> getTrend() { return trend; }
    public Long getTrendDepartmentId() { return trendDepartmentId; }
    public void setTrendDepartmentId(Long trendDepartmentId) { this.trendDepartmentId = trendDepartmentId; }
    public List<Department> getRecordable() { return recordable; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Integer getPhysicalFiles() { return physicalFiles; }
    public void setPhysicalFiles(Integer physicalFiles) { this.physicalFiles = physicalFiles; }
}
