package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.daftar.jandarshan.JandarshanService;
import org.daftar.jandarshan.JandarshanView;
import org.daftar.platform.BusinessException;
import org.daftar.web.api.JandarshanJson.DisposalRequest;
import org.daftar.web.api.JandarshanJson.NewJandarshan;

import java.util.List;

/**
 * The jandarshan register (जनदर्शन): registering a citizen's application, looking it up by its
 * acknowledgement number, the pending and overdue lists, disposal with the reply given, and the
 * printable acknowledgement slip. The number may be given with its slashes
 * ({@code /jandarshan/JD/2026/000123}), with dashes ({@code JD-2026-000123}), in Devanagari digits
 * or without the serial's leading zeros.
 */
@Path("/v1/jandarshan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class JandarshanResource {

    private static final String ACK = "{ack: [^/]+(?:/[^/]+/[^/]+)?}";

    @Inject
    private JandarshanService jandarshan;

    @Context
    private UriInfo uri;

    /** Registers an application: 201 with the acknowledgement number and the deadline; 409 {@code jandarshan.duplicate} to confirm. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(NewJandarshan body) {
        if (body == null) {
            throw new BusinessException("jandarshan.applicantName.required");
        }
        JandarshanView a = jandarshan.register(body.application());
        return Response.created(uri.getAbsolutePathBuilder().path(a.ackNumber()).build()).entity(a).build();
    }

    /** {@code ?status=OPEN|DISPOSED&department=REV&overdue=true&first=0&max=50}, by deadline. */
    @GET
    public List<JandarshanView> list(@QueryParam("status") String status, @QueryParam("department") String department,
                                     @QueryParam("overdue") String overdue, @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("max") @DefaultValue("50") int max) {
        return jandarshan.list(JandarshanJson.status(status), department, JandarshanJson.flag(overdue, "overdue"), first, max);
    }

    @GET
    @Path(ACK)
    public JandarshanView get(@PathParam("ack") String ack) {
        return jandarshan.byAck(ack);
    }

    /** Disposes of the application with the reply given (holders of the marked post only). */
    @POST
    @Path(ACK + "/disposal")
    @Consumes(MediaType.APPLICATION_JSON)
    public JandarshanView dispose(@PathParam("ack") String ack, DisposalRequest body) {
        return jandarshan.dispose(ack, body == null ? null : body.reply());
    }

    /** The acknowledgement slip, an A5 PDF to print and hand to the citizen. */
    @GET
    @Path(ACK + "/slip.pdf")
    @Produces("application/pdf")
    public Response slip(@PathParam("ack") String ack) {
        byte[] pdf = jandarshan.slip(ack);
        String name = "jandarshan-" + JandarshanJson.fileName(ack) + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", DocumentsResource.contentDisposition(name))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
