package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.daftar.efile.Document;
import org.daftar.efile.Documents;
import org.daftar.efile.FileService;
import org.daftar.platform.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/**
 * The bytes of a stored document, for anyone who may open the receipt or file it belongs to. It is
 * served with the type its content was checked to be (PDF, JPEG, PNG), inline, under a name safe for
 * the header, and with nosniff so no browser second-guesses the type.
 */
@Path("/v1/documents")
@RequestScoped
public class DocumentsResource {

    @Inject
    private FileService files;

    @Inject
    private Documents documents;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") Long id) {
        Document d = files.document(id);
        InputStream in;
        try {
            in = documents.read(d);
        } catch (NoSuchFileException e) {
            throw BusinessException.notFound("document.notFound");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StreamingOutput body = out -> {
            try (in) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, d.getMediaType())
                .header(HttpHeaders.CONTENT_LENGTH, d.getSize())
                .header("Content-Disposition", contentDisposition(d.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code inline; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266 / 5987). */
    public static String contentDisposition(String name) {
        String n = name == null || name.isBlank() ? "document" : name;
        StringBuilder ascii = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != ';' && cp != '%'
                ? (char) cp : '_'));
        String encoded = URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
