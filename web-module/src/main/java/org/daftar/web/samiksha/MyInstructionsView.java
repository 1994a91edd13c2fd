package org.daftar.web.samiksha;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.samiksha.AssignmentRow;
import org.daftar.samiksha.SamikshaService;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
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

    public List<AssignmentRow> getRows() { return rows; }
    public Map<Long, String> getTexts() { return texts; }
}
