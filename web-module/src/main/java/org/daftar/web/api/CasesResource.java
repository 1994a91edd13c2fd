package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.daftar.cases.CaseRows.Page;
import org.daftar.cases.CaseRows.PensionCaseRow;
import org.daftar.cases.CaseRows.RevenueCaseRow;
import org.daftar.cases.PensionCases;
import org.daftar.cases.PensionStatus;
import org.daftar.cases.PensionStep;
import org.daftar.cases.RevenueCaseForm;
import org.daftar.cases.RevenueCaseStatus;
import org.daftar.cases.RevenueCaseType;
import org.daftar.cases.RevenueCases;
import org.daftar.cases.RevenueCourt;
import org.daftar.platform.BusinessException;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The registers with statutory clocks: pension cases (opened by Daftar, worked through by the
 * establishment desk) and the revenue courts' cases. Lists page with {@code page} (from 0) and
 * {@code size} (1–200, default 20).
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CasesResource {

    /** A revenue case as filed: {@code court} TEHSILDAR|SDM|COLLECTOR, {@code courtPost} the court's post code. */
    public record NewRevenueCase(RevenueCourt court, String courtPost, RevenueCaseType type, String subject,
                                 String applicant, String respondent, LocalDate filedOn) {
        RevenueCaseForm form() {
            return new RevenueCaseForm(court, courtPost, type, subject, applicant, respondent, filedOn);
        }
    }

    public record NewHearing(LocalDate date, String note) {
    }

    public record Disposal(LocalDate disposedOn, String order) {
    }

    @Inject
    private PensionCases pensions;

    @Inject
    private RevenueCases revenue;

    @Context
    private UriInfo uri;

    // --- pension cases -------------------------------------------------------------------------

    /** {@code status} OPEN|STARTED|COMPLETED, {@code department} a department code; both optional. */
    @GET
    @Path("pension-cases")
    public Page<PensionCaseRow> pensionCases(@QueryParam("status") String status, @QueryParam("department") String department,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        int s = size(size);
        return pensions.list(choice(PensionStatus.class, status, "status"), department, Math.multiplyExact(page(page), s), s);
    }

    @GET
    @Path("pension-cases/{id}")
    public PensionCaseRow pensionCase(@PathParam("id") Long id) {
        return pensions.get(id);
    }

    /** Marks a checklist step done (holder of the case's post only): SERVICE_BOOK_VERIFIED, NO_DUES, PAPERS_SENT_TO_TREASURY, PPO_RECEIVED. */
    @POST
    @Path("pension-cases/{id}/steps/{step}")
    public PensionCaseRow markStep(@PathParam("id") Long id, @PathParam("step") String step) {
        PensionStep s = choice(PensionStep.class, step, "step");
        if (s == null) {
            throw new BusinessException("pensionCase.step.required");
        }
        return pensions.markStep(id, s);
    }

    // --- revenue cases -------------------------------------------------------------------------

    /** {@code court} the court's post code, {@code status} PENDING|DISPOSED, {@code overdue} true|false; all optional. */
    @GET
    @Path("revenue-cases")
    public Page<RevenueCaseRow> revenueCases(@QueryParam("court") String court, @QueryParam("status") String status,
                                             @QueryParam("overdue") String overdue, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        int s = size(size);
        return revenue.list(court, choice(RevenueCaseStatus.class, status, "status"), bool(overdue, "overdue"),
                Math.multiplyExact(page(page), s), s);
    }

    @GET
    @Path("revenue-cases/{id}")
    public RevenueCaseRow revenueCase(@PathParam("id") Long id) {
        return revenue.get(id);
    }

    /** Files a case in the register of the court whose post the caller holds → 201 with its number and due date. */
    @POST
    @Path("revenue-cases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(NewRevenueCase body) {
        if (body == null) {
            throw new BusinessException("revenueCase.court.required");
        }
        RevenueCaseRow c = revenue.file(body.form());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build()).entity(c).build();
    }

    @POST
    @Path("revenue-cases/{id}/hearings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addHearing(@PathParam("id") Long id, NewHearing body) {
        if (body == null) {
            throw new BusinessException("revenueCase.hearing.date.required");
        }
        RevenueCaseRow c = revenue.addHearing(id, body.date(), body.note());
        return Response.created(uri.getBaseUriBuilder().path(CasesResource.class).path("revenue-cases").path(String.valueOf(id)).build())
                .entity(c).build();
    }

    @POST
    @Path("revenue-cases/{id}/disposal")
    @Consumes(MediaType.APPLICATION_JSON)
    public RevenueCaseRow dispose(@PathParam("id") Long id, Disposal body) {
        if (body == null) {
            throw new BusinessException("revenueCase.disposal.order.required");
        }
        return revenue.dispose(id, body.disposedOn(), body.order());
    }

    // --- query parameters ----------------------------------------------------------------------

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("api.choice.invalid", name, value);
        }
    }

    private static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new BusinessException("api.choice.invalid", name, value);
        };
    }

    private static int page(String value) {
        int p = number(value, 0, "page");
        return p;
    }

    private static int size(String value) {
        int s = number(value, 20, "size");
        if (s < 1 || s > InboxResource.MAX_SIZE) {
            throw new BusinessException("api.paging.invalid", "size");
        }
        return s;
    }

    private static int number(String value, int otherwise, String name) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BusinessException("api.paging.invalid", name);
        }
    }
}
