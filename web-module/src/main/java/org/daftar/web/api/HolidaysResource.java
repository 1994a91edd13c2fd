package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.daftar.calendar.CalendarService;
import org.daftar.calendar.Holiday;
import org.daftar.calendar.HolidayKind;
import org.daftar.platform.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The district's holiday calendar over HTTP, so an administrator can load the state's gazetted
 * holidays for a year from a script. Reading is open to every signed-in user; changing is the
 * administrator's (enforced by {@link CalendarService}).
 */
@Path("/v1/holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class HolidaysResource {

    public record HolidayJson(Long id, LocalDate date, String nameEn, String nameHi, HolidayKind kind) {
        static HolidayJson of(Holiday h) {
            return new HolidayJson(h.getId(), h.getDay(), h.getName().getEn(), h.getName().getHi(), h.getKind());
        }
    }

    @Inject
    private CalendarService calendar;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @GET
    public List<HolidayJson> list(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return calendar.holidays(y).stream().map(HolidayJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(HolidayJson body) {
        if (body == null || body.date() == null) {
            throw new BusinessException("holiday.date.required");
        }
        Holiday h = calendar.saveHoliday(null, body.date(), body.nameEn(), body.nameHi(),
                body.kind() == null ? HolidayKind.LOCAL : body.kind());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(h.getId())).build())
                .entity(HolidayJson.of(h)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") Long id) {
        calendar.deleteHoliday(id);
        return Response.noContent().build();
    }
}
