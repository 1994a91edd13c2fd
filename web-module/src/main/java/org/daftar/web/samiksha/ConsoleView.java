package org.daftar.web.samiksha;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.PostDirectory;
import org.daftar.efile.Priority;
import org.daftar.org.Department;
import org.daftar.org.OrgService;
import org.daftar.samiksha.AssignmentRow;
import org.daftar.samiksha.InstructionForm;
import org.daftar.samiksha.SamikshaService;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The collector's e-Samiksha console: every open instruction part by department with its colour
 * (on time, due in ≤ 2 working days, overdue, complied), one click to accept, return or ask the
 * reason, and the form to give a new instruction.
 */
@Named
@ViewScoped
public class ConsoleView implements Serializable {

    @Inject
    private SamikshaService samiksha;

    @Inject
    private OrgService org;

    @Inject
    private PostDirectory postDirectory;

    @Inject
    private CurrentUser currentUser;

    private String department;
    private List<AssignmentRow> rows;
    private List<Department> departments;
    private final InstructionForm form = new InstructionForm();
    private List<PostDirectory.PostOption> assignees = new ArrayList<>();
    private String remark;
    private PostDirectory.PostOption pick;

    @PostConstruct
    void init() {
        departments = org.departments();
        form.setWorkingDays(7);
        load();
    }

    public void load() {
        rows = samiksha.console(department);
    }

    public void issue() {
        form.setAssignees(assignees.stream().map(PostDirectory.PostOption::code).toList());
        var i = samiksha.issue(form, currentUser.getCurrentPostId());
        Messages.info(null, "samiksha.issued", i.getNumber());
        form.setText(null);
        assignees = new ArrayList<>();
        load();
    }

    public void accept(AssignmentRow r) {
        samiksha.accept(r.id());
        Messages.info(null, "samiksha.accepted");
        load();
    }

    public void giveBack(AssignmentRow r) {
        samiksha.returnCompliance(r.id(), remark);
        remark = null;
        Messages.info(null, "samiksha.returned");
        load();
    }

    public void askReason(AssignmentRow r) {
        samiksha.askReason(r.id());
        Messages.info(null, "samiksha.reasonAskedDone");
        load();
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
    public List<AssignmentRow> getRows() { return rows; }
    public List<Department> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public InstructionForm getForm() { return form; }
    public List<PostDirectory.PostOption> getAssignees() { return assignees; }
    public void setAssignees(List<PostDirectory.PostOption> assignees) { this.assignees = assignees; }
    public PostDirectory.PostOption getPick() { return pick; }
    public void setPick(PostDirectory.PostOption pick) { this.pick = pick; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
}
