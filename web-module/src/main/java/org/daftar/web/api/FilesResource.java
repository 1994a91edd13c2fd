package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.daftar.efile.EFile;
import org.daftar.efile.FileService;
import org.daftar.efile.MovementService;
import org.daftar.efile.TrackService;
import org.daftar.platform.BusinessException;
import org.daftar.user.UserService;
import org.daftar.web.api.EFileJson.Created;
import org.daftar.web.api.EFileJson.MoveRequest;
import org.daftar.web.api.EFileJson.NewFile;
import org.daftar.web.api.EFileJson.NoteText;
import org.daftar.web.api.EFileJson.ReceiptRef;
import org.daftar.web.api.EFileJson.TrackStep;

import java.util.List;

/** Files (नस्ती): opening one, the green sheet of notes, correspondence, moving, the track. */
@Path("/v1/files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FilesResource {

    @Inject
    private FileService files;

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

    /** Opens a file on the caller's desk ({@code post}: one of their posts by id or code) under a subject head of its section. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewFile body, @QueryParam("post") String post) {
        if (body == null) {
            throw new BusinessException("item.subject.required");
        }
        EFile f = files.create(body.form(), ApiPosts.id(users, post));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(f.getId())).build())
                .entity(Created.of(f)).build();
    }

    @GET
    @Path("{id}")
    public Details.FileDetail get(@PathParam("id") Long id) {
        return files.view(id);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") Long id, NoteText body) {
        Details.NoteRow n = files.addNote(id, body == null ? null : body.text());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(n.id())).build()).entity(n).build();
    }

    @PUT
    @Path("{id}/notes/{noteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Details.NoteRow editNote(@PathParam("id") Long id, @PathParam("noteId") Long noteId, NoteText body) {
        return files.editNote(id, noteId, body == null ? null : body.text());
    }

    @DELETE
    @Path("{id}/notes/{noteId}")
    public Response deleteNote(@PathParam("id") Long id, @PathParam("noteId") Long noteId) {
        files.deleteNote(id, noteId);
        return Response.noContent().build();
    }

    /** Uploads a document into the correspondence: multipart part {@code file}, optional part {@code title}. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addDocument(@PathParam("id") Long id, List<EntityPart> parts) {
        ItemSupport.Upload upload = ItemSupport.upload(parts);
        Details.CorrespondenceRow c = files.addDocument(id, upload.fileName(), ItemSupport.text(parts, "title"),
                upload.content());
        Long documentId = c.documents().get(0).id();
        return Response.created(uri.getBaseUriBuilder().path(DocumentsResource.class).path(String.valueOf(documentId)).build())
                .entity(c).build();
    }

    /** Puts a receipt on the same desk into the file, as its next correspondence. */
    @POST
    @Path("{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putReceipt(@PathParam("id") Long id, ReceiptRef body) {
        if (body == null || body.receiptId() == null) {
            throw new BusinessException("api.receiptId.required");
        }
        Details.CorrespondenceRow c = files.putReceipt(id, body.receiptId());
        return Response.created(uri.getBaseUriBuilder().path(ReceiptsResource.class).path(String.valueOf(body.receiptId())).build())
                .entity(c).build();
    }

    @POST
    @Path("{id}/movements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") Long id, MoveRequest body) {
        return ItemSupport.move(desks, movements, uri, EFile.class, id, body);
    }

    @GET
    @Path("{id}/track")
    public List<TrackStep> track(@PathParam("id") Long id) {
        return ItemSupport.track(tracks.track(id), "FILE");
    }
}
