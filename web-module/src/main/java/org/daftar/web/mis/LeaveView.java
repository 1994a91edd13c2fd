package org.daftar.web.mis;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.mis.discipline.DisciplineService;
import org.daftar.mis.discipline.LeaveKind;
import org.daftar.mis.discipline.LeaveRegister;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The leave register: mark a person on leave, tour or training, and the entries the user may see. */
@Named
@ViewScoped
public class LeaveView implements Serializable {

    /** How far back the register lists entries that have ended. */
    private static final int SHOWN_DAYS = 90;

    @Inject
    private LeaveRegister register;

    @Inject
    private DisciplineService discipline;

    @Inject
    private CurrentUser currentUser;

    private LeaveRegister.Person person;
    private LocalDate from;
    private LocalDate to;
    private LeaveKind kind = LeaveKind.CASUAL;
    private String remark;
    private boolean marker;
    private List<LeaveRegister.Row> rows;

    @PostConstruct
    void init() {
        marker = register.mayMarkAnyone();
        load();
    }

    private void load() {
        rows = register.register(discipline.today().minusDays(SHOWN_DAYS));
    }

    public void mark() {
        register.mark(person == null ? null : person.login(), from, to, kind, remark);
        Messages.info(null, "leave.marked");
        person = null;
        from = null;
        to = null;
        remark = null;
        load();
    }

    public void withdraw(LeaveRegister.Row row) {
        register.withdraw(row.id());
        Messages.info(null, "leave.withdrawn");
        load();
    }

    public List<LeaveRegister.Person> complete(String query) {
        return register.markable(query, 20);
    }

    public String label(LeaveRegister.Person p) {
        return p == null ? "" : p.label(currentUser.isHindi());
    }

    public LeaveKind[] getKinds() { return LeaveKind.values(); }
    public boolean isMarker() { return marker; }
    public List<LeaveRegister.Row> getRows() { return rows; }
    public LeaveRegister.Person getPerson() { return person; }
    public void setPerson(LeaveRegister.Person person) { this.person = person; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public LeaveKind getKind() { return kind; }
    public void setKind(LeaveKind kind) { this.kind = kind; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
}
