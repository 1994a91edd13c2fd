package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.daftar.efile.SearchService;
import org.daftar.platform.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Search by number, subject words (Hindi or English) or sender:
 * {@code GET /api/v1/search?q=नामांतरण&kind=FILE&from=2026-01-01&to=2026-12-31&max=50}. Only items the
 * caller may open are listed: the item with exactly that number first, then the others newest first.
 */
@Path("/v1/search")
@RequestScoped
public class SearchResource {

    @Inject
    private SearchService search;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public List<SearchService.Found> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                            @QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("max") @DefaultValue("50") int max) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return search.search(q, kind, date(from), date(to), Math.max(1, Math.min(max, 200)));
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new BusinessException("search.date.invalid", iso);
        }
    }
}
