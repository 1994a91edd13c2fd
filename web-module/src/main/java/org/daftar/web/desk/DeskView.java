package org.daftar.web.desk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Category;
import org.daftar.efile.DeskFilter;
import org.daftar.efile.DeskQueries;
import org.daftar.efile.DeskTab;
import org.daftar.efile.ItemRow;
import org.daftar.efile.Priority;
import org.daftar.web.faces.PageUrls;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.CurrentUser;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** The desk of the post the user acts for: inbox, sent, parked, closed, created — paged in the database. */
@Named
@ViewScoped
public class DeskView implements Serializable {

    private static final String COUNTS = DeskView.class.getName() + ".counts";

    @Inject
    private DeskQueries desk;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.daftar.efile.MovementService movements;

    private DeskTab tab = DeskTab.INBOX;
    private String kind;
    private Category category;
    private Priority priority;
    private String from;
    private LocalDate arrivedFrom;
    private LocalDate arrivedTo;

    private final PagedRows<ItemRow> rows = new PagedRows<>(this::count,
            (first, max) -> desk.page(tab, currentUser.getCurrentPostId(), filter(), first, max),
            ItemRow::id);

    public DeskFilter filter() {
        return new DeskFilter(kind, category, priority, from, arrivedFrom, arrivedTo);
    }

    /** The tabs' figures, read once per request (so every render shows them fresh). */
    @SuppressWarnings("unchecked")
    public Map<String, Long> getCounts() {
        return (Map<String, Long>) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(COUNTS, k -> desk.tabCounts(currentUser.getCurrentPostId()));
    }

    /** The table's row count: unfiltered, the inbox and parked tabs have it among the tabs' figures. */
    private long count() {
        DeskFilter filter = filter();
        Long counted = filter.isNone() ? getCounts().get(tab.name()) : null;
        return counted != null ? counted : desk.count(tab, currentUser.getCurrentPostId(), filter);
    }

    /** Something arrived or moved: the table and counts are read again with this request's render. */
    public void refresh() {
        FacesContext.getCurrentInstance().getAttributes().remove(COUNTS);
    }

    /** Takes back an item from the "sent" list while its recipient has not opened it. */
    public void pullBack(ItemRow r) {
        var command = new org.daftar.efile.MovementCommand(org.daftar.efile.MovementAction.PULL_BACK, null, null, null, r.lastSeq());
        org.daftar.web.efile.TryAgain.ifBusy(() -> movements.move(r.id(), command));
        org.daftar.web.i18n.Messages.info(null, "movement.done.PULL_BACK");
        refresh();
    }

    public void clearFilters() {
        kind = null;
        category = null;
        priority = null;
        from = null;
        arrivedFrom = null;
        arrivedTo = null;
    }

    public String openUrl(ItemRow r) { return PageUrls.of(r.isFile() ? "/file/view.xhtml" : "/dak/view.xhtml", Map.of("id", r.id())); }

    public String trackUrl(ItemRow r) { return PageUrls.of("/desk/track.xhtml", Map.of("id", r.id())); }

    public DeskTab[] getTabs() { return DeskTab.values(); }
    public Category[] getCategories() { return Category.values(); }
    public Priority[] getPriorities() { return Priority.values(); }

    public PagedRows<ItemRow> getRows() { return rows; }
    public DeskTab getTab() { return tab; }
    public void setTab(DeskTab tab) { this.tab = tab == null ? DeskTab.INBOX : tab; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public LocalDate getArrivedFrom() { return arrivedFrom; }
    public void setArrivedFrom(LocalDate arrivedFrom) { this.arrivedFrom = arrivedFrom; }
    public LocalDate getArrivedTo() { return arrivedTo; }
    public void setArrivedTo(LocalDate arrivedTo) { this.arrivedTo = arrivedTo; }
}
