package org.daftar.web.jandarshan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.jandarshan.JandarshanService;
import org.daftar.jandarshan.JandarshanStatus;
import org.daftar.jandarshan.JandarshanView;
import org.daftar.org.Department;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.faces.RegisterFilter;

import java.io.Serializable;
import java.util.List;

/**
 * A department's jandarshan register: its pending applications by deadline, only the overdue
 * ones, the disposed ones, or all; paged in the database. The departments offered are those the
 * service lets the viewer list (their own; every department for the collector and ADMs).
 */
@Named
@ViewScoped
public class RegisterListView implements Serializable {

    @Inject
    private JandarshanService jandarshan;

    private List<Department> departments;
    private String department;
    private RegisterFilter show = RegisterFilter.PENDING;

    private final PagedRows<JandarshanView> rows = new PagedRows<>(
            () -> jandarshan.count(status(), department, show == RegisterFilter.OVERDUE),
            (first, max) -> jandarshan.list(status(), department, show == RegisterFilter.OVERDUE, first, max),
            JandarshanView::ackNumber);

    @PostConstruct
    void init() {
        departments = jandarshan.listableDepartments();
        // one's own department first; the collector starts with the whole district
        department = departments.size() == 1 ? departments.get(0).getCode() : null;
    }

    private JandarshanStatus status() {
        return switch (show) {
            case PENDING, OVERDUE -> JandarshanStatus.OPEN;
            case DISPOSED -> JandarshanStatus.DISPOSED;
            case ALL -> null;
        };
    }

    public String link(JandarshanView a) {
        return a.ackNumber().replace('/', '-');
    }

    public RegisterFilter[] getShows() { return RegisterFilter.values(); }
    public PagedRows<JandarshanView> getRows() { return rows; }
    public List<Department> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public RegisterFilter getShow() { return show; }
    public void setShow(RegisterFilter show) { this.show = show; }
}
