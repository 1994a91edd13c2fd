package org.daftar.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.SubjectHead;
import org.daftar.efile.SubjectHeadService;
import org.daftar.org.OrgService;
import org.daftar.org.Section;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** Subject heads of each section's filing scheme (third part of a file number). */
@Named
@ViewScoped
public class SubjectHeadsView implements Serializable {

    @Inject
    private SubjectHeadService heads;

    @Inject
    private OrgService org;

    private List<Section> sections;
    private List<SubjectHead> list;
    private Long filterSectionId;
    private Long id;
    private Long sectionId;
    private String code;
    private String nameEn;
    private String nameHi;
    private boolean active = true;

    @PostConstruct
    void init() {
        sections = org.sections(null);
        load();
    }

    public void load() {
        list = heads.list(filterSectionId);
    }

    public void create() {
        id = null;
        code = null;
        nameEn = null;
        nameHi = null;
        active = true;
    }

    public void edit(SubjectHead h) {
        id = h.getId();
        sectionId = h.getSection().getId();
        code = h.getCode();
        nameEn = h.getName().getEn();
        nameHi = h.getName().getHi();
        active = h.isActive();
    }

    public void save() {
        heads.save(id, sectionId, code, nameEn, nameHi, active);
        Messages.info(null, "admin.saved");
        create();
        load();
    }

    public List<Section> getSections() { return sections; }
    public List<SubjectHead> getList() { return list; }
    public Long getFilterSectionId() { return filterSectionId; }
    public void setFilterSectionId(Long filterSectionId) { this.filterSectionId = filterSectionId; }
    public Long getId() { return id; }
    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameHi() { return nameHi; }
    public void setNameHi(String nameHi) { this.nameHi = nameHi; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
