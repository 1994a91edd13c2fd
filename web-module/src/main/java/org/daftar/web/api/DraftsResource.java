package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.daftar.efile.Dispatch;
import org.daftar.efile.DispatchMode;
import org.daftar.efile.DraftService;
import org.daftar.platform.BusinessException;

import java.time.Instant;

/**
 * Letters drafted in a file for approval (अनुमोदनार्थ प्रारूप): {@code POST /api/v1/drafts} writes one,
 * {@code PUT /api/v1/drafts/{id}} revises it (a new version), {@code POST …/approval} approves it
 * (an officer holding the file), {@code POST …/dispatch} issues it.
 */
@Path("/v1/drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DraftsResource {

    public record DraftText(Long fileId, String subject, String body, String recipients) {
    }

    public record DispatchRequest(DispatchMode mode, String emails) {
    }

    public record Created(Long id) {
    }

    public record Dispatched(Long id, String number, DispatchMode mode, String emails, Long documentId, Instant at) {
        static Dispatched of(Dispatch d) {
            return new Dispatched(d.getId(), d.getNumber(), d.getMode(), d.getEmails(), d.getDocument().getId(), d.getDispatchedAt());
        }
    }

    @Inject
    private DraftService drafts;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DraftText body) {
        DraftText t = required(body);
        Long id = drafts.create(t.fileId(), t.subject(), t.body(), t.recipients());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(new Created(id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") Long id, DraftText body) {
        DraftText t = required(body);
        drafts.revise(id, t.subject(), t.body(), t.recipients());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/approval")
    public Response approve(@PathParam("id") Long id) {
        drafts.approve(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dispatch(@PathParam("id") Long id, DispatchRequest body) {
        if (body == null || body.mode() == null) {
            throw new BusinessException("dispatch.mode.required");
        }
        Dispatch d = drafts.dispatch(id, body.mode(), body.emails());
        return Response.created(uri.getBaseUriBuilder().path(DocumentsResource.class).path(String.valueOf(d.getDocument().getId())).build())
                .entity(Dispatched.of(d)).build();
    }

    private static DraftText required(DraftText body) {
        if (body == null) {
            throw new BusinessException("draft.subject.required");
        }
        return body;
    }
}
