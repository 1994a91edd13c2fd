package org.daftar.org;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

@Entity
@Table(name = "department")
@NamedQuery(name = "Department.byCode", query = "select d from Department d where d.code = :code")
public class Department implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @NotBlank(message = "{code.required}")
    @Pattern(regexp = Codes.PATTERN, message = "{code.invalid}")
    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @Valid
    @Embedded
    private BilingualName name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Department() {
    }

    public Department(District district, String code, String nameEn, String nameHi) {
        this.district = district;
        rename(code, nameEn, nameHi);
    }

    public void rename(String code, String nameEn, String nameHi) {
        this.code = Codes.normalise(code);
        this.name = BilingualName.of(nameEn, nameHi);
    }

    public void setActive(boolean active) { this.active = active; }

    public Long getId() { return id; }
    public District getDistrict() { return district; }
    public String getCode() { return code; }
    public BilingualName getName() { return name; }
    public boolean isActive() { return active; }

    @Override
    public String toString() { return code; }
}
