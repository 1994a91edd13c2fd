package org.daftar.web.efile;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.efile.Document;
import org.daftar.efile.Documents;
import org.daftar.efile.FileService;
import org.daftar.platform.BusinessException;
import org.daftar.web.api.DocumentsResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/**
 * Serves a stored document inline (the PDF or image viewer beside the notes), after the same
 * access check as the item it belongs to. The stored media type is used, never a guessed one.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    @Inject
    private FileService files;

    @Inject
    private Documents documents;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id;
        try {
            id = Long.valueOf(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Document d;
        try {
            d = files.document(id);
        } catch (BusinessException e) {
            resp.sendError(e.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(d, documents, resp);
    }

    /** Writes a stored document, inline, with its stored media type and name; a missing stored file is a 404. */
    public static void send(Document d, Documents documents, HttpServletResponse resp) throws IOException {
        resp.setContentType(d.getMediaType());
        resp.setContentLengthLong(d.getSize());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "private, max-age=300");
        resp.setHeader("Content-Disposition", DocumentsResource.contentDisposition(d.getFileName()));
        // the document may be framed by our own file page, nothing else
        resp.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");
        try (InputStream in = documents.read(d)) {
            in.transferTo(resp.getOutputStream());
        } catch (NoSuchFileException e) {
            resp.reset();
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
