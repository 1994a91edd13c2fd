package org.daftar.web.efile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Category;
import org.daftar.efile.EFile;
import org.daftar.efile.FileForm;
import org.daftar.efile.FileService;
import org.daftar.efile.Priority;
import org.daftar.efile.SubjectHead;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** Opening a file under one of the section's subject heads, optionally on a receipt (?receipt=id). */
@Named
@ViewScoped
public class NewFileView implements Serializable {

    @Inject
    private FileService files;

    @Inject
    private CurrentUser currentUser;

    private final FileForm form = new FileForm();
    private Long receiptId;
    private List<SubjectHead> heads;

    public void load() {
        if (receiptId != null && form.getReceiptIds().isEmpty()) {
            form.getReceiptIds().add(receiptId);
        }
    }

    public String save() {
        EFile f = files.create(form, currentUser.getCurrentPostId());
        Messages.keep();
        Messages.info(null, "file.saved", f.getNumber());
        return "/file/view?faces-redirect=true&id=" + f.getId();
    }

    public List<SubjectHead> getHeads() {
        if (heads == null) {
            heads = files.subjectHeads(currentUser.getCurrentPostId());
        }
        return heads;
    }

    public String headLabel(SubjectHead h) {
        return h.getCode() + " — " + h.getName().in(currentUser.isHindi());
    }

    public FileForm getForm() { return form; }
    public Long getReceiptId() { return receiptId; }
    public void setReceiptId(Long receiptId) { this.receiptId = receiptId; }
    public Category[] getCategories() { return Category.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
}
