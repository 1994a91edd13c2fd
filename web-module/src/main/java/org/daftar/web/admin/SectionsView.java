package org.daftar.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.daftar.org.Codes;
import org.daftar.org.Department;
import org.daftar.org.OrgService;
import org.daftar.org.Section;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** Sections of the departments, filtered by department, with a form to add or change one. */
@Named
@ViewScoped
public class SectionsView implements Serializable {

    @Inject
    private transient OrgService org;

    private List<Department> departments;
    private List<Section> sections;
    private Long filterDepartmentId;

    private Long id;
    @NotNull(message = "{org.department.required}")
    private Long departmentId;
    @NotBlank(message = "{code.required}")
    @Pattern(regexp = Codes.PATTERN, message = "{code.invalid}")
    private String code;
    @NotBlank(message = "{name.en.required}")
    @Size(max = 120)
    private String nameEn;
    @NotBlank(message = "{name.hi.required}")
    @Size(max = 120)
    private String nameHi;
    private boolean active = true;

    @PostConstruct
    void init() {
        departments = org.departments();
        load();
    }

    public void load() {
        sections = org.sections(filterDepartmentId);
    }

    public void create() {
        edit(null);
    }

    public void edit(Section s) {
        id = s == null ? null : s.getId();
        departmentId = s == null ? filterDepartmentId : s.getDepartment().getId();
        code = s == null ? null : s.getCode();
        nameEn = s == null ? null : s.getName().getEn();
        nameHi = s == null ? null : s.getName().getHi();
        active = s == null || s.isActive();
    }

    public void save() {
        org.saveSection(id, departmentId, code, nameEn, nameHi, active);
        Messages.info(null, "admin.saved");
        load();
        edit(null);
    }

    public List<Department> getDepartments() { return departments; }
    public List<Section> getSections() { return sections; }
    public Long getFilterDepartmentId() { return filterDepartmentId; }
    public void setFilterDepartmentId(Long filterDepartmentId) { this.filterDepartmentId = filterDepartmentId; }
    public Long getId() { return id; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = Codes.normalise(code); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameHi() { return nameHi; }
    public void setNameHi(String nameHi) { this.nameHi = nameHi; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
