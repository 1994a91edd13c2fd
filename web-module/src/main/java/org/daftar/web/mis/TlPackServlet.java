package org.daftar.web.mis;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.mis.pack.ReviewPacks;
import org.daftar.platform.BusinessException;
import org.daftar.web.api.DocumentsResource;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An archived review pack for the logged-in browser: {@code /tl-pack/{id}.pdf} or {@code .xlsx},
 * after the service's check (collector/ADM or head of department); API clients use
 * {@code /api/v1/reports/tl-pack}.
 */
@WebServlet("/tl-pack/*")
public class TlPackServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(\\w+)");

    @Inject
    private ReviewPacks packs;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        ReviewPacks.Download pack;
        try {
            if (!m.matches()) {
                throw BusinessException.notFound("tlPack.notFound");
            }
            pack = packs.download(Long.valueOf(m.group(1)), ReviewPacks.Format.of(m.group(2)));
        } catch (BusinessException e) {
            resp.sendError(e.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(resp, pack);
    }

    /** Writes a pack with the headers every download of Daftar carries. */
    static void send(HttpServletResponse resp, ReviewPacks.Download pack) throws IOException {
        resp.setContentType(pack.contentType());
        resp.setContentLength(pack.bytes().length);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setHeader("Content-Disposition", DocumentsResource.contentDisposition(pack.fileName()).replaceFirst("^inline", "attachment"));
        resp.getOutputStream().write(pack.bytes());
    }
}
