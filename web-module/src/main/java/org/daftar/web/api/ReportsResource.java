package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.daftar.mis.pend.AgeBuckets;
import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyService;
import org.daftar.mis.pend.PendencyService.Dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The MIS reports. {@code GET /api/v1/reports/pendency?department=}: the dashboard's numbers, scoped
 * as the dashboard is (district for the collector/ADM, own department for a head of department, own
 * desk otherwise; another department is refused with 403). Kinds, "age" and "overdue" as defined in
 * {@link PendencyKind}; {@code buckets} are the counts by age 0–3, 4–7, 8–15, 16–30, over 30 working days.
 */
@Path("/v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportsResource {

    /** A department (unit code its code) or a post (unit code its code, with its section); null unit: the kind's total. */
    public record Line(String unit, String unitName, String unitNameHi, String section, PendencyKind kind, List<Integer> buckets,
                       int overdue, int total) {
        static Line of(PendencyService.Row r) {
            var u = r.unit();
            return new Line(u == null ? null : u.code(), u == null ? null : u.name().getEn(), u == null ? null : u.name().getHi(),
                    u == null || u.section() == null ? null : u.section().getEn(), r.kind(), r.buckets(), r.overdue(), r.total());
        }
    }

    public record Pendency(String scope, String department, LocalDate asOf, List<String> buckets, List<LocalDate> bucketStarts,
                           List<Line> rows, List<Line> totals, int overdue, int total) {
    }

    private static final List<String> BUCKETS = List.of("0-3", "4-7", "8-15", "16-30", ">30");

    @Inject
    private PendencyService pendency;

    @GET
    @Path("pendency")
    public Pendency pendency(@QueryParam("department") String department) {
        Dashboard d = pendency.dashboard(department);
        AgeBuckets b = d.buckets();
        return new Pendency(d.scope().level().name(), d.scope().departmentCode(), d.today(), BUCKETS, b.cutoffs(),
                d.rows().stream().map(Line::of).toList(), d.totals().stream().map(Line::of).toList(), d.overdue(), d.total());
    }
}
