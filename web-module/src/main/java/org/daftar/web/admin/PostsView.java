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
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** Posts: searched and paged in the database; a form to add or change one, with its reporting post. */
@Named
@ViewScoped
public class PostsView implements Serializable {

    @Inject
    private transient OrgService org;

    private List<Department> departments;
    private List<Section> sections;
    private String search;
    private Long filterDepartmentId;
    private final PagedRows<Post> rows = new PagedRows<>(
            () -> org.countPosts(search, filterDepartmentId),
            (first, max) -> org.posts(search, filterDepartmentId, first, max),
            Post::getId);

    private Long id;
    @NotNull(message = "{org.section.required}")
    private Long sectionId;
    @NotBlank(message = "{code.required}")
    @Pattern(regexp = "^[A-Z][A-Z0-9-]{0,23}$", message = "{code.invalid}")
    private String code;
    @NotBlank(message = "{name.en.required}")
    @Size(max = 120)
    private String designationEn;
    @NotBlank(message = "{name.hi.required}")
    @Size(max = 120)
    private String designationHi;
    private Post reportsTo;
    private boolean active = true;

    @PostConstruct
    void init() {
        departments = org.departments();
        sections = org.sections(null);
    }

    public void create() {
        edit(null);
    }

    public void edit(Post p) {
        id = p == null ? null : p.getId();
        sectionId = p == null ? null : p.getSection().getId();
        code = p == null ? null : p.getCode();
        designationEn = p == null ? null : p.getDesignation().getEn();
        designationHi = p == null ? null : p.getDesignation().getHi();
        reportsTo = p == null ? null : p.getReportsTo();
        active = p == null || p.isActive();
    }

    public void save() {
        org.savePost(id, sectionId, code, designationEn, designationHi, reportsTo == null ? null : reportsTo.getId(), active);
        Messages.info(null, "admin.saved");
        edit(null);
    }

    public PagedRows<Post> getRows() { return rows; }
    public List<Department> getDepartments() { return departments; }
    public List<Section> getSections() { return sections; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public Long getFilterDepartmentId() { return filterDepartmentId; }
    public void setFilterDepartmentId(Long filterDepartmentId) { this.filterDepartmentId = filterDepartmentId; }
    public Long getId() { return id; }
    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = Codes.normalise(code); }
    public String getDesignationEn() { return designationEn; }
    public void setDesignationEn(String designationEn) { this.designationEn = designationEn; }
    public String getDesignationHi() { return designationHi; }
    public void setDesignationHi(String designationHi) { this.designationHi = designationHi; }
    public Post getReportsTo() { return reportsTo; }
    public void setReportsTo(Post reportsTo) { this.reportsTo = reportsTo; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
