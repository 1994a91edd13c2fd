package org.daftar.web.efile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Category;
import org.daftar.efile.Priority;
import org.daftar.efile.Receipt;
import org.daftar.efile.ReceiptForm;
import org.daftar.efile.ReceiptMode;
import org.daftar.efile.ReceiptService;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Diarising an incoming letter with its scans (several files at once). The receipt is saved first
 * and gets its number; a scan that is refused (wrong type, too large) leaves the saved receipt and
 * the other scans as they are and says which file and why, so the diarist can attach the right one
 * on the receipt's page.
 */
@Named
@ViewScoped
public class DiariseView implements Serializable {

    @Inject
    private ReceiptService receipts;

    @Inject
    private CurrentUser currentUser;

    private final ReceiptForm form = new ReceiptForm();
    private transient List<Part> scans = new ArrayList<>();

    public String save() throws IOException {
        Receipt r = receipts.diarise(form, currentUser.getCurrentPostId());
        Messages.keep();
        Messages.info(null, "dak.saved", r.getNumber());
        for (Part scan : scans) {
            if (scan.getSize() == 0 && (scan.getSubmittedFileName() == null || scan.getSubmittedFileName().isEmpty())) {
                continue; // the field was left empty
            }
            try (InputStream in = scan.getInputStream()) {
                receipts.addDocument(r.getId(), scan.getSubmittedFileName(), in);
            } catch (org.daftar.platform.BusinessException e) {
                Messages.error(null, "dak.scanRefused", scan.getSubmittedFileName(), Messages.text(e.key(), e.args()));
            }
        }
        return "/dak/view?faces-redirect=true&id=" + r.getId();
    }

    public ReceiptForm getForm() { return form; }
    public Category[] getCategories() { return Category.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public ReceiptMode[] getModes() { return ReceiptMode.values(); }
    public List<Part> getScans() { return scans; }
    public void setScans(List<Part> scans) { this.scans = scans == null ? new ArrayList<>() : scans; }
}
