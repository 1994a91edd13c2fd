package org.daftar.org;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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

    @Valid
    @Embedded
    private BilingualName name;

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
        this.name = BilingualName.of(nameEn, nameHi);
    }

    public void moveTo(Department department) { this.department = department; }
    public void setActive(boolean active) { this.active = active; }

    public Long getId() { return id; }
    public Department getDepartment() { return department; }
    public String getCode() { return code; }
    public BilingualName getName() { return name; }
    public boolean isActive() { return active; }

    @Override
    public String toString() { return department.getCode() + "/" + code; }
}
