package org.daftar.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.daftar.org.Codes;
import org.daftar.org.Department;
import org.daftar.org.OrgService;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** The administrator's list of departments, with a form to add or change one. */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {

    @Inject
    private transient OrgService org;

    private List<Department> departments;

    private Long id;
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
    void load() {
        departments = org.departments();
    }

    public void create() {
        edit(null);
    }

    public void edit(Department d) {
        id = d == null ? null : d.getId();
        code = d == null ? null : d.getCode();
        nameEn = d == null ? null : d.getName().getEn();
        nameHi = d == null ? null : d.getName().getHi();
        active = d == null || d.isActive();
    }

    public void save() {
        org.saveDepartment(id, code, nameEn, nameHi, active);
        Messages.info(null, "admin.saved");
        load();
        edit(null);
    }

    public List<Department> getDepartments() { return departments; }
    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = Codes.normalise(code); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameHi() { return nameHi; }
    public void setNameHi(String nameHi) { this.nameHi = nameHi; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
