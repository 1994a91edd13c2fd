package org.daftar.web.samiksha;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.platform.BusinessException;
import org.daftar.samiksha.MeetingService;
import org.daftar.web.api.DocumentsResource;

import java.io.IOException;

/**
 * The minutes of a meeting as a PDF for the logged-in browser ({@code /minutes/{id}}), after the
 * same access check as the meeting's page; API clients use {@code /api/v1/meetings/{id}/minutes.pdf}.
 */
@WebServlet("/minutes/*")
public class MinutesServlet extends HttpServlet {

    @Inject
    private MeetingService meetings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id;
        byte[] pdf;
        try {
            id = Long.valueOf(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
            pdf = meetings.minutesPdf(id);
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException e) {
            resp.sendError(e.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setContentLength(pdf.length);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setHeader("Content-Disposition", DocumentsResource.contentDisposition(MeetingService.minutesFileName(id)));
        resp.getOutputStream().write(pdf);
    }
}
