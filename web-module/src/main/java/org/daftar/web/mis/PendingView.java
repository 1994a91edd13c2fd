package org.daftar.web.mis;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyService;
import org.daftar.mis.pend.PendencyService.Filter;
import org.daftar.mis.pend.PendencyService.PendingRow;
import org.daftar.web.faces.PagedRows;

import java.io.Serializable;

/**
 * The items behind a number of the dashboard (mis/pending.xhtml?department=&post=&kind=&bucket=&overdue=),
 * oldest first, paged in the database; each row links to the item's own page — a file's or
 * receipt's track shows who holds it and since when.
 */
@Named
@ViewScoped
public class PendingView implements Serializable {

    @Inject
    private PendencyService pendency;

    private String department;
    private String post;
    private PendencyKind kind;
    private Integer bucket;
    private boolean overdue;
    private long total;

    private final PagedRows<PendingRow> rows = new PagedRows<>(
            () -> pendency.count(filter()),
            (first, max) -> pendency.pending(filter(), first, max),
            r -> r.source() + r.itemId());

    /** f:viewAction: checks the filter (scope refused in the EJB) before the table asks for a page. */
    public void load() {
        total = pendency.count(filter());
    }

    private Filter filter() {
        return new Filter(department, post, kind, bucket, overdue);
    }

    public PagedRows<PendingRow> getRows() { return rows; }
    public long getTotal() { return total; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public PendencyKind getKind() { return kind; }
    public void setKind(PendencyKind kind) { this.kind = kind; }
    public Integer getBucket() { return bucket; }
    public void setBucket(Integer bucket) { this.bucket = bucket; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
