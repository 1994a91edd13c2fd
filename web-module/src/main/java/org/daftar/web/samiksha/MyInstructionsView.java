package org.daftar.web.samiksha;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.daftar.samiksha.AssignmentRow;
import org.daftar.samiksha.AssignmentStatus;
import org.daftar.samiksha.SamikshaService;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "My instructions": the parts given to the post the user acts for, with the compliance report and the reason asked. */
@Named
@ViewScoped
public class MyInstructionsView implements Serializable {

    @Inject
    private SamikshaService samiksha;

    @Inject
    private CurrentUser currentUser;

    private List<AssignmentRow> rows;
    /** What the user is typing per part, kept when a refusal comes back. */
    private final Map<Long, String> texts = new HashMap<>();
    private Long attachTo;
    private Long extendPart;
    private LocalDate extendUntil;
    private String extendWhy;
    private transient Part upload;

    @PostConstruct
    public void load() {
        rows = samiksha.mine(currentUser.getCurrentPostId());
        // a compliance proposed by closing or dispatching from a linked file is offered for the assignee to confirm
        rows.stream().filter(r -> r.proposedCompliance() != null).forEach(r -> texts.putIfAbsent(r.id(), r.proposedCompliance()));
    }

    public void comply(AssignmentRow r) {
        samiksha.submitCompliance(r.id(), texts.get(r.id()));
        texts.remove(r.id());
        Messages.info(null, "samiksha.complied");
        load();
    }

    public void answer(AssignmentRow r) {
        samiksha.giveReason(r.id(), texts.get(r.id()));
        texts.remove(r.id());
        Messages.info(null, "samiksha.reasonGiven");
        load();
    }

    /** Asks the reviewer for more time on an open part, with the reason; the reviewer grants or refuses it. */
    public void requestExtension() {
        samiksha.requestExtension(extendPart, extendUntil, extendWhy);
        extendUntil = null;
        extendWhy = null;
        Messages.info(null, "samiksha.extension.asked");
        load();
    }

    /** Attaches the chosen document to the chosen open part's compliance report (a full-page submit, as uploads are). */
    public void attach() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.error(null, "upload.empty");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            samiksha.addComplianceDocument(attachTo, upload.getSubmittedFileName(), in);
        }
        Messages.info(null, "upload.done");
        load();
    }

    /** The parts a document may still be attached to. */
    public List<AssignmentRow> getOpenRows() {
        return rows.stream().filter(r -> r.status() == AssignmentStatus.OPEN).toList();
    }

    public Long getAttachTo() { return attachTo; }
    public void setAttachTo(Long attachTo) { this.attachTo = attachTo; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public List<AssignmentRow> getRows() { return rows; }
    public Map<Long, String> getTexts() { return texts; }
    public Long getExtendPart() { return extendPart; }
    public void setExtendPart(Long extendPart) { this.extendPart = extendPart; }
    public LocalDate getExtendUntil() { return extendUntil; }
    public void setExtendUntil(LocalDate extendUntil) { this.extendUntil = extendUntil; }
    public String getExtendWhy() { return extendWhy; }
    public void setExtendWhy(String extendWhy) { this.extendWhy = extendWhy; }
}
