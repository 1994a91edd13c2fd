package org.daftar.web.notice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.notice.Notices;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

/** The bell in the top bar: the caller's unread notifications, read once per request. */
@Named
@RequestScoped
public class NoticeBell {

    @Inject
    private Notices notices;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isLoggedIn() ? notices.unread() : 0L;
        }
        return unread;
    }

    /** What a screen reader says for the bell, count included. */
    public String getLabel() {
        return Messages.text("notice.bell", getUnread());
    }
}
