package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.daftar.mis.discipline.DisciplineReport;
import org.daftar.mis.discipline.DisciplineService;
import org.daftar.platform.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The daily discipline report over HTTP, scoped like the page: the collector/ADM the district (its
 * defaulters, or a department's people with {@code department=}), a head of department their
 * department, anyone else themselves.
 */
@Path("/v1/reports/discipline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DisciplineResource {

    private static final DateTimeFormatter INDIAN = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Inject
    private DisciplineService discipline;

    /** {@code date} as dd-MM-yyyy or yyyy-MM-dd; today when absent. */
    @GET
    public DisciplineReport report(@QueryParam("date") String date, @QueryParam("department") String department) {
        return discipline.report(parse(date), department);
    }

    static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String d = date.strip();
        try {
            return d.indexOf('-') == 4 ? LocalDate.parse(d) : LocalDate.parse(d, INDIAN);
        } catch (DateTimeParseException e) {
            throw new BusinessException("discipline.date.invalid", d);
        }
    }
}
