package org.daftar.org;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A post (पद) is a desk in a section, e.g. "Assistant Grade-2, Land Records". Files and receipts are
 * addressed to posts, never to people: when an officer is transferred the post's pending work stays
 * where it is and the successor finds it on the same desk.
 */
@Entity
@Table(name = "post")
@NamedQuery(name = "Post.byCode", query = "select p from Post p where p.code = :code")
public class Post implements java.io.Serializable {

    /** Post codes: longer than department and section codes, same shape. */
    public static final String CODE = "^[A-Z][A-Z0-9-]{0,23}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @NotBlank(message = "{code.required}")
    @Pattern(regexp = CODE, message = "{code.invalid}")
    @Column(nullable = false, unique = true, length = 24)
    private String code;

    @Valid
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "designation_en", nullable = false, length = 120))
    @AttributeOverride(name = "hi", column = @Column(name = "designation_hi", nullable = false, length = 120))
    private BilingualName designation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reports_to_id")
    private Post reportsTo;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Post() {
    }

    public Post(Section section, String code, String designationEn, String designationHi, Post reportsTo) {
        this.section = section;
        describe(code, designationEn, designationHi);
        reportTo(reportsTo);
    }

    public void describe(String code, String designationEn, String designationHi) {
        this.code = Codes.normalise(code);
        this.designation = BilingualName.of(designationEn, designationHi);
    }

    public void moveTo(Section section) { this.section = section; }

    /** A post may not report to itself or to one of its own subordinates: the hierarchy must stay a tree. */
    public void reportTo(Post superior) {
        for (Post p = superior; p != null; p = p.reportsTo) {
            if (p == this || (id != null && id.equals(p.id))) {
                throw new IllegalArgumentException("post.reporting.cycle");
            }
        }
        this.reportsTo = superior;
    }

    /** True when this post is {@code other} or sits above it in the reporting line. */
    public boolean isSuperiorOf(Post other) {
        for (Post p = other == null ? null : other.reportsTo; p != null; p = p.reportsTo) {
            if (p.equals(this)) {
                return true;
            }
        }
        return false;
    }

    public void setActive(boolean active) { this.active = active; }

    public Long getId() { return id; }
    public Section getSection() { return section; }
    public Department getDepartment() { return section.getDepartment(); }
    public String getCode() { return code; }
    public BilingualName getDesignation() { return designation; }
    public Post getReportsTo() { return reportsTo; }
    public boolean isActive() { return active; }

    /** "Assistant Grade-2, Land Records": the designation and the section, in the reader's language. */
    public String name(boolean hindi) {
        return designation.in(hindi) + ", " + section.getName().in(hindi);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Post p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() { return Post.class.hashCode(); }

    @Override
    public String toString() { return code; }
}
