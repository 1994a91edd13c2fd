package org.daftar.org;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The district whose offices run on this installation. */
@Entity
@Table(name = "district")
public class District implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = Codes.PATTERN, message = "{code.invalid}")
    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_hi", nullable = false, length = 120)
    private String nameHi;

    @NotBlank
    @Size(max = 60)
    @Column(name = "state_name", nullable = false, length = 60)
    private String state;

    protected District() {
    }

    public District(String code, String nameEn, String nameHi, String state) {
        this.code = Codes.normalise(code);
        this.nameEn = Text.clean(nameEn);
        this.nameHi = Text.clean(nameHi);
        this.state = Text.clean(state);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameEn() { return nameEn; }
    public String getNameHi() { return nameHi; }
    public String getState() { return state; }

    public String name(boolean hindi) { return hindi ? nameHi : nameEn; }
}
