package org.daftar.org;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A section (शाखा) of a department, e.g. Land Records in Revenue. Codes are unique within the department. */
@Entity
@Table(name = "org_section", uniqueConstraints = @UniqueConstraint(columnNames = {"department_id", "code"}))
public class Section implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @NotBlank(message = "{code.required}")
    @Pattern(regexp = Codes.PATTERN, message = "{code.invalid}")
    @Column(nullable = false, length = 12)
    private String code;

    @NotBlank(message = "{name.en.required}")
    @Size(max = 120)
    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @NotBlank(message = "{name.hi.required}")
    @Size(max = 120)
    @Column(name = "name_hi", nullable = false, length = 120)
    private String nameHi;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Section() {
    }

    public Section(Department department, String code, String nameEn, String nameHi) {
        this.department = department;
        rename(code, nameEn, nameHi);
    }

    public void rename(String code, String nameEn, String nameHi) {
        this.code = Codes.normalise(code);
        this.nameEn = Text.clean(nameEn);
        this.nameHi = Text.clean(nameHi);
    }

    public void moveTo(Department department) { this.department = department; }
    public void setActive(boolean active) { this.active = active; }

    public Long getId() { return id; }
    public Department getDepartment() { return department; }
    public String getCode() { return code; }
    public String getNameEn() { return nameEn; }
    public String getNameHi() { return nameHi; }
    public boolean isActive() { return active; }

    public String name(boolean hindi) { return hindi ? nameHi : nameEn; }

    @Override
    public String toString() { return department.getCode() + "/" + code; }
}
