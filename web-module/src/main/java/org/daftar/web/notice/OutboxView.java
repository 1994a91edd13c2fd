package org.daftar.web.notice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.notice.Notification;
import org.daftar.notice.OutboxAdmin;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;

/** The administrator's mail outbox: failed and waiting mails, "retry now", and the SMTP settings in use. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    @Inject
    private OutboxAdmin outbox;

    @Inject
    private CurrentUser currentUser;

    private OutboxAdmin.SmtpSettings smtp;

    private final PagedRows<OutboxAdmin.OutboxRow> rows = new PagedRows<>(
            () -> outbox.count(),
            (first, max) -> outbox.page(first, max, currentUser.getLocale()),
            OutboxAdmin.OutboxRow::id);

    public void retry(OutboxAdmin.OutboxRow row) {
        Notification.MailStatus status = outbox.retry(row.id());
        if (status == Notification.MailStatus.SENT) {
            Messages.info(null, "outbox.retry.sent", row.email());
        } else {
            Messages.error(null, "outbox.retry.failed", row.email());
        }
    }

    public void retryFailed() {
        long failed = outbox.failed();
        Messages.info(null, "outbox.retryAll.done", outbox.retryFailed(), failed);
    }

    public OutboxAdmin.SmtpSettings getSmtp() {
        if (smtp == null) {
            smtp = outbox.smtp();
        }
        return smtp;
    }

    public PagedRows<OutboxAdmin.OutboxRow> getRows() { return rows; }
}
