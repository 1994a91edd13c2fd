package org.daftar.web.notice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.notice.NoticeRow;
import org.daftar.notice.Notices;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;

/** The caller's notifications, newest first, paged in the database; opening one marks it read and follows its link. */
@Named
@ViewScoped
public class NoticesView implements Serializable {

    @Inject
    private Notices notices;

    @Inject
    private CurrentUser currentUser;

    private boolean unreadOnly;

    private final PagedRows<NoticeRow> rows = new PagedRows<>(
            () -> notices.count(unreadOnly),
            (first, max) -> notices.page(unreadOnly, first, max, currentUser.getLocale()),
            NoticeRow::id);

    /** Marks it read; goes where it leads, or stays on the list when it leads nowhere. */
    public String open(NoticeRow row) {
        NoticeRow read = notices.read(row.id(), currentUser.getLocale());
        if (read.link() == null) {
            return null;
        }
        return "/" + read.link() + (read.link().contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public void readAll() {
        Messages.info(null, "notice.readAll.done", notices.readAll());
    }

    public PagedRows<NoticeRow> getRows() { return rows; }
    public boolean isUnreadOnly() { return unreadOnly; }
    public void setUnreadOnly(boolean unreadOnly) { this.unreadOnly = unreadOnly; }
}
