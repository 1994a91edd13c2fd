package org.daftar.web.jandarshan;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.efile.Document;
import org.daftar.efile.Documents;
import org.daftar.jandarshan.JandarshanService;
import org.daftar.platform.BusinessException;
import org.daftar.web.api.DocumentsResource;
import org.daftar.web.efile.DocumentServlet;

import java.io.IOException;

/**
 * The files of a jandarshan application, behind the register's own check of who may read the
 * citizen's particulars: {@code /jandarshan/files/JD-2026-000123/slip.pdf}, the acknowledgement
 * slip, and {@code /jandarshan/files/JD-2026-000123/45}, a document handed in with it.
 */
@WebServlet("/jandarshan/files/*")
public class JandarshanFilesServlet extends HttpServlet {

    static final String SLIP = "slip.pdf";

    @Inject
    private JandarshanService jandarshan;

    @Inject
    private Documents documents;

    /** The path of the servlet for an application's file, below the context root. */
    static String path(String ackNumber, Object file) {
        return "/jandarshan/files/" + ackNumber.replace('/', '-') + "/" + file;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] parts = req.getPathInfo() == null ? new String[0] : req.getPathInfo().substring(1).split("/");
        if (parts.length != 2) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (SLIP.equals(parts[1])) {
                byte[] pdf = jandarshan.slip(parts[0]);
                resp.setContentType("application/pdf");
                resp.setContentLength(pdf.length);
                resp.setHeader("X-Content-Type-Options", "nosniff");
                resp.setHeader("Cache-Control", "private, no-store");
                resp.setHeader("Content-Disposition", DocumentsResource.contentDisposition("jandarshan-" + parts[0] + ".pdf"));
                resp.getOutputStream().write(pdf);
            } else {
                Document d = jandarshan.document(parts[0], Long.valueOf(parts[1]));
                DocumentServlet.send(d, documents, resp);
            }
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException e) {
            resp.sendError(e.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
