package org.daftar.org;

import jakarta.persistence.*;
import jakarta.validation.Valid;
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

    @Valid
    @Embedded
    private BilingualName name;

    @NotBlank
    @Size(max = 60)
    @Column(name = "state_name", nullable = false, length = 60)
    private String state;

    protected District() {
    }

    public District(String code, String nameEn, String nameHi, String state) {
        this.code = Codes.normalise(code);
        this.name = BilingualName.of(nameEn, nameHi);
        this.state = Text.clean(state);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public BilingualName getName() { return name; }
    public String getState() { return state; }
}
