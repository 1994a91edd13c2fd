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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.daftar.efile.Desks;
import org.daftar.efile.Details;
import org.daftar.efile.MovementService;
import org.daftar.efile.Receipt;
import org.daftar.efile.ReceiptService;
import org.daftar.efile.TrackService;
import org.daftar.platform.BusinessException;
import org.daftar.user.UserService;
import org.daftar.web.api.EFileJson.Created;
import org.daftar.web.api.EFileJson.DocumentJson;
import org.daftar.web.api.EFileJson.MoveRequest;
import org.daftar.web.api.EFileJson.NewReceipt;
import org.daftar.web.api.EFileJson.TrackStep;

import java.util.List;

/** Receipts (डाक): diarising, reading, attaching scans, moving, the track. */
@Path("/v1/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReceiptsResource {

    @Inject
    private ReceiptService receipts;

    @Inject
    private MovementService movements;

    @Inject
    private TrackService tracks;

    @Inject
    private Desks desks;

    @Inject
    private UserService users;

    @Context
    private UriInfo uri;

    /** Diarises a letter on the caller's desk ({@code post}: one of their posts by id or code; default the primary one). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response diarise(NewReceipt body, @QueryParam("post") String post) {
        if (body == null) {
            throw new BusinessException("item.subject.required");
        }
        Receipt r = receipts.diarise(body.form(), ApiPosts.id(users, post));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.getId())).build())
                .entity(Created.of(r)).build();
    }

    @GET
    @Path("{id}")
    public Details.ReceiptDetail get(@PathParam("id") Long id) {
        return receipts.view(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addDocument(@PathParam("id") Long id, List<EntityPart> parts) {
        ItemSupport.Upload upload = ItemSupport.upload(parts);
        DocumentJson d = DocumentJson.of(receipts.addDocument(id, upload.fileName(), upload.content()));
        return Response.created(uri.getBaseUriBuilder().path(DocumentsResource.class).path(String.valueOf(d.id())).build())
                .entity(d).build();
    }

    @POST
    @Path("{id}/movements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") Long id, MoveRequest body) {
        return ItemSupport.move(desks, movements, uri, Receipt.class, id, body);
    }

    @GET
    @Path("{id}/track")
    public List<TrackStep> track(@PathParam("id") Long id) {
        return ItemSupport.track(tracks.track(id), "RECEIPT");
    }
}
