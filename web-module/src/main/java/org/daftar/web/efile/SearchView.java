package org.daftar.web.efile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.SearchService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Search by number, subject words (Hindi or English) or sender; lists only what the searcher may open. */
@Named
@ViewScoped
public class SearchView implements Serializable {

    @Inject
    private SearchService search;

    private String q;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private List<SearchService.Found> results;

    public void run() {
        results = q == null || q.isBlank() ? null : search.search(q, kind, from, to, 100);
    }

    /** The index rebuild under way (the page says results may be incomplete), or null. */
    public SearchService.Rebuild getRebuild() { return search.rebuilding().orElse(null); }

    public String outcome(SearchService.Found f) { return "FILE".equals(f.kind()) ? "/file/view" : "/dak/view"; }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<SearchService.Found> getResults() { return results; }
}
