package org.daftar.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.daftar.efile.DeskFilter;
import org.daftar.efile.DeskQueries;
import org.daftar.efile.DeskTab;
import org.daftar.platform.BusinessException;
import org.daftar.user.UserService;
import org.daftar.web.api.EFileJson.InboxCounts;
import org.daftar.web.api.EFileJson.InboxItem;
import org.daftar.web.api.EFileJson.InboxPage;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The desk lists of one of the caller's posts, in the inbox's order (most urgent first, then the oldest). */
@Path("/v1/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class InboxResource {

    static final int MAX_SIZE = 200;

    @Inject
    private DeskQueries desk;

    @Inject
    private UserService users;

    /** {@code page} counts from 0; {@code size} up to 200; {@code tab} INBOX (default), SENT, PARKED, CLOSED or CREATED. */
    @GET
    public InboxPage page(@QueryParam("page") String page, @QueryParam("size") String size,
                          @QueryParam("tab") String tab, @QueryParam("post") String post) {
        DeskTab t = tab(tab);
        int p = number(page, 0, "page");
        int s = number(size, 20, "size");
        if (s < 1 || s > MAX_SIZE) {
            throw new BusinessException("api.paging.invalid", "size");
        }
        Long postId = ApiPosts.id(users, post);
        List<InboxItem> items = desk.page(t, postId, DeskFilter.NONE, Math.multiplyExact(p, s), s).stream()
                .map(InboxItem::of).toList();
        return new InboxPage(t.name(), p, s, desk.count(t, postId, DeskFilter.NONE), items);
    }

    @GET
    @Path("counts")
    public InboxCounts counts(@QueryParam("post") String post) {
        Map<String, Long> c = desk.counts(ApiPosts.id(users, post));
        return new InboxCounts(n(c.get("INBOX")), n(c.get("PARKED")), n(c.get("UNREAD")));
    }

    private static long n(Long v) { return v == null ? 0 : v; }

    private static DeskTab tab(String tab) {
        if (tab == null || tab.isBlank()) {
            return DeskTab.INBOX;
        }
        try {
            return DeskTab.valueOf(tab.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("api.tab.invalid", tab);
        }
    }

    static int number(String value, int otherwise, String name) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BusinessException("api.paging.invalid", name);
        }
    }
}
