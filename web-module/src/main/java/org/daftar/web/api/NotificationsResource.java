package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.daftar.notice.NoticeRow;
import org.daftar.notice.Notices;
import org.daftar.platform.BusinessException;

import java.util.List;

/** The caller's own notifications, newest first, worded in their language; marking one read. */
@Path("/v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NotificationsResource {

    public record NoticePage(int page, int size, long total, long unread, List<NoticeRow> items) {
    }

    @Inject
    private Notices notices;

    /** {@code unread=true}: only the unread ones; {@code page} counts from 0, {@code size} up to 200. */
    @GET
    public NoticePage list(@QueryParam("unread") boolean unreadOnly, @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = InboxResource.number(page, 0, "page");
        int s = InboxResource.number(size, 20, "size");
        if (s < 1 || s > InboxResource.MAX_SIZE) {
            throw new BusinessException("api.paging.invalid", "size");
        }
        return new NoticePage(p, s, notices.count(unreadOnly), notices.unread(),
                notices.page(unreadOnly, Math.multiplyExact(p, s), s, null));
    }

    @POST
    @Path("{id}/read")
    public NoticeRow read(@PathParam("id") Long id) {
        return notices.read(id, null);
    }
}
