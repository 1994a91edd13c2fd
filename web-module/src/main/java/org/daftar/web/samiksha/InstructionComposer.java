package org.daftar.web.samiksha;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.daftar.efile.PostDirectory;
import org.daftar.efile.Priority;
import org.daftar.samiksha.Instruction;
import org.daftar.samiksha.InstructionForm;
import org.daftar.samiksha.SamikshaService;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The form for giving an instruction, shared by the console and a meeting's page (the page part is
 * WEB-INF/includes/instruction-form.xhtml): text, assignee posts chosen one at a time from an
 * autocomplete into a list, a deadline in working days and the priority. It lives as long as the
 * view that injects it; what was typed stays when the instruction is refused.
 */
@Dependent
public class InstructionComposer implements Serializable {

    @Inject
    private SamikshaService samiksha;

    @Inject
    private PostDirectory postDirectory;

    @Inject
    private CurrentUser currentUser;

    private final InstructionForm form = new InstructionForm();
    private List<PostDirectory.PostOption> assignees = new ArrayList<>();
    private PostDirectory.PostOption pick;

    @PostConstruct
    void init() {
        form.setWorkingDays(7);
    }

    /** Gives the instruction, in {@code meetingId} if not null, says so and clears the text and the assignees. */
    public Instruction give(Long meetingId) {
        form.setMeetingId(meetingId);
        form.setAssignees(assignees.stream().map(PostDirectory.PostOption::code).toList());
        Instruction i = samiksha.issue(form, currentUser.getCurrentPostId());
        Messages.info(null, "samiksha.issued", i.getNumber());
        form.setText(null);
        assignees = new ArrayList<>();
        return i;
    }

    /** Adds the post chosen in the autocomplete to the instruction's assignees (once). */
    public void addAssignee() {
        if (pick != null && assignees.stream().noneMatch(p -> p.code().equals(pick.code()))) {
            assignees.add(pick);
        }
        pick = null;
    }

    public void removeAssignee(PostDirectory.PostOption p) {
        assignees.removeIf(a -> a.code().equals(p.code()));
    }

    public List<PostDirectory.PostOption> completePost(String query) {
        return postDirectory.find(query, 20);
    }

    public String postLabel(PostDirectory.PostOption p) {
        return p == null ? "" : p.label(currentUser.isHindi());
    }

    public Priority[] getPriorities() { return Priority.values(); }
    public InstructionForm getForm() { return form; }
    public List<PostDirectory.PostOption> getAssignees() { return assignees; }
    public PostDirectory.PostOption getPick() { return pick; }
    public void setPick(PostDirectory.PostOption pick) { this.pick = pick; }
}
