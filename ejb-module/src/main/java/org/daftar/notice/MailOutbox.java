package org.daftar.notice;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.daftar.user.User;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the mails of notifications, each in its reader's language, through {@code mail/daftar}.
 * A failure is recorded on the notification and retried on the next run, up to
 * {@link Notification#MAX_MAIL_ATTEMPTS}; then it stays FAILED where the administrator sees it.
 */
@Stateless
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "mail/daftar")
    private Session mail;

    @Resource
    private jakarta.ejb.SessionContext context;

    public void sendPending() {
        List<Long> pending = em.createQuery("select n.id from Notification n where n.mailStatus = :p order by n.id", Long.class)
                .setParameter("p", Notification.MailStatus.PENDING).setMaxResults(200).getResultList();
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        for (Long id : pending) {
            self.send(id);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(Long notificationId) {
        Notification n = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        if (n != null && n.getMailStatus() == Notification.MailStatus.PENDING) {
            deliver(n);
        }
    }

    /** The administrator's "retry now": a failed mail is queued again and tried at once; a pending one is tried at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Notification.MailStatus retry(Long notificationId) {
        Notification n = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw org.daftar.platform.BusinessException.notFound("notice.notFound");
        }
        n.retryMail();
        if (n.getMailStatus() == Notification.MailStatus.PENDING) {
            deliver(n);
        }
        return n.getMailStatus();
    }

    private void deliver(Notification n) {
        User u = n.getUser();
        Locale locale = u.getPreferredLanguage().locale();
        try {
            MimeMessage m = new MimeMessage(mail);
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(u.getEmail(), true));
            m.setSubject(NoticeTexts.subject(n.getMessageKey(), n.args(), locale), "UTF-8");
            m.setText(NoticeTexts.body(n.getMessageKey(), n.args(), locale), "UTF-8");
            Transport.send(m);
            n.mailed();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "mail for notification " + n.getId() + " failed", e);
            n.mailFailed(e.getMessage());
        }
    }
}
