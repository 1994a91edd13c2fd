package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.daftar.samiksha.TimeLimitLetters;

import java.util.List;

/**
 * The register of pending time-limit letters: {@code department} (a code, for the collector),
 * {@code overdue=true} for the late ones only, {@code page} from 0 and {@code size} up to 100.
 */
@Path("/v1/tl-letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TimeLimitLettersResource {

    public record Page(long total, List<TimeLimitLetters.Row> items) {
    }

    @Inject
    private TimeLimitLetters letters;

    @GET
    public Page pending(@QueryParam("department") String department, @QueryParam("overdue") boolean overdue,
                        @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int s = Math.max(1, Math.min(size, 100));
        return new Page(letters.count(department, overdue),
                letters.pending(department, overdue, Math.multiplyExact(Math.max(page, 0), s), s));
    }
}
