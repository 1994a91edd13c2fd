package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.daftar.mis.pack.ReviewPacks;
import org.daftar.platform.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The weekly time-limit review pack of a meeting date: {@code ?date=yyyy-MM-dd&format=pdf|xlsx}
 * (pdf unless said). The newest archived pack for that date; if none, the collector/ADM gets one
 * built and archived now. Heads of department may read archived packs.
 */
@Path("/v1/reports/tl-pack")
@RequestScoped
public class TlPackResource {

    @Inject
    private ReviewPacks packs;

    @GET
    public Response pack(@QueryParam("date") String date, @QueryParam("format") String format) {
        ReviewPacks.Format f = ReviewPacks.Format.of(format == null ? "pdf" : format);
        ReviewPacks.Download pack = packs.forDate(date(date), f);
        return Response.ok(pack.bytes(), pack.contentType())
                .header("Content-Disposition", DocumentsResource.contentDisposition(pack.fileName()).replaceFirst("^inline", "attachment"))
                .header("Cache-Control", "private, no-store").build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("tlPack.date.required");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessException("tlPack.date.invalid", text);
        }
    }
}
