package org.daftar.web.samiksha;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.org.Department;
import org.daftar.org.OrgService;
import org.daftar.samiksha.AssignmentRow;
import org.daftar.samiksha.SamikshaService;
import org.daftar.samiksha.Standing;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The collector's e-Samiksha console: every open instruction part by department with its colour
 * (on time, due in ≤ 2 working days, overdue, complied), filtered by department and by colour, with
 * its meeting and linked files one click away; one click to accept, return or ask the reason, and
 * the form to give a new instruction.
 */
@Named
@ViewScoped
public class ConsoleView implements Serializable {

    @Inject
    private SamikshaService samiksha;

    @Inject
    private OrgService org;

    @Inject
    private InstructionComposer composer;

    private String department;
    private Standing standing;
    private List<AssignmentRow> rows;
    private List<Department> departments;
    private String remark;

    @PostConstruct
    void init() {
        departments = org.departments();
        load();
    }

    public void load() {
        rows = samiksha.console(department).stream().filter(r -> standing == null || r.standing() == standing).toList();
    }

    public void issue() {
        composer.give(null);
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

    /** Grants the extension asked for, or refuses it with the remark typed above the list. */
    public void decideExtension(AssignmentRow r, boolean grant) {
        samiksha.decideExtension(r.id(), grant, remark);
        remark = null;
        Messages.info(null, grant ? "samiksha.extension.granted" : "samiksha.extension.refused");
        load();
    }

    public void askReason(AssignmentRow r) {
        samiksha.askReason(r.id());
        Messages.info(null, "samiksha.reasonAskedDone");
        load();
    }

    public InstructionComposer getComposer() { return composer; }
    public List<AssignmentRow> getRows() { return rows; }
    public List<Department> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public Standing[] getStandings() { return Standing.values(); }
    public Standing getStanding() { return standing; }
    public void setStanding(Standing standing) { this.standing = standing; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
}
