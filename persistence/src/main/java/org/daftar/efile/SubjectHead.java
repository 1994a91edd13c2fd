package org.daftar.efile;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import org.daftar.org.BilingualName;
import org.daftar.org.Codes;
import org.daftar.org.Section;
import org.daftar.platform.BusinessException;

/**
 * A subject head of a section's filing scheme (e.g. {@code 12-3} "Mutation / नामांतरण"): the third
 * part of a file number. Each head numbers its files per year without gaps.
 */
@Entity
@Table(name = "subject_head")
public class SubjectHead implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @Column(nullable = false, length = 12)
    private String code;

    @Valid
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 120))
    @AttributeOverride(name = "hi", column = @Column(name = "name_hi", nullable = false, length = 120))
    private BilingualName name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected SubjectHead() {
    }

    public SubjectHead(Section section, String code, String nameEn, String nameHi) {
        this.section = section;
        describe(code, nameEn, nameHi);
    }

    public void describe(String code, String nameEn, String nameHi) {
        String c = Codes.normalise(code);
        if (c == null || !c.matches("^[0-9A-Z][0-9A-Z-]{0,11}$")) {
            throw new BusinessException("subjectHead.code.invalid");
        }
        this.code = c;
        this.name = BilingualName.of(nameEn, nameHi);
    }

    public void setActive(boolean active) { this.active = active; }

    public Long getId() { return id; }
    public Section getSection() { return section; }
    public String getCode() { return code; }
    public BilingualName getName() { return name; }
    public boolean isActive() { return active; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SubjectHead h && id != null && id.equals(h.id);
    }

    @Override
    public int hashCode() { return SubjectHead.class.hashCode(); }
}
