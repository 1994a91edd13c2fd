package org.daftar.notice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.user.Role;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The administrator's view of the mail outbox: the mails not sent yet or given up on, with their
 * attempts and last error, "retry now", and the SMTP settings of {@code mail/daftar} (read-only:
 * they belong to the server's configuration). The notifications themselves stay whatever the mail does.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class OutboxAdmin {

    /** One waiting or failed mail. */
    public record OutboxRow(Long id, String login, String email, String subject, Instant createdAt,
                            Notification.MailStatus status, int attempts, String error) implements java.io.Serializable {
    }

    /** The SMTP settings in use; the password is never shown. */
    public record SmtpSettings(String host, String port, String from, String user) implements java.io.Serializable {
    }

    private static final List<Notification.MailStatus> WAITING = List.of(Notification.MailStatus.PENDING, Notification.MailStatus.FAILED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Resource(lookup = "mail/daftar")
    private Session mail;

    public long count() {
        return em.createQuery("select count(n) from Notification n where n.mailStatus in :waiting", Long.class)
                .setParameter("waiting", WAITING).getSingleResult();
    }

    public long failed() {
        return em.createQuery("select count(n) from Notification n where n.mailStatus = :failed", Long.class)
                .setParameter("failed", Notification.MailStatus.FAILED).getSingleResult();
    }

    /** Newest first; failed ones say so in their status. */
    public List<OutboxRow> page(int first, int max, Locale locale) {
        return em.createQuery("select n from Notification n join fetch n.user where n.mailStatus in :waiting "
                        + "order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("waiting", WAITING).setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList()
                .stream().map(n -> new OutboxRow(n.getId(), n.getUser().getLoginId(), n.getUser().getEmail(),
                        NoticeTexts.subject(n.getMessageKey(), n.args(), locale), n.getCreatedAt(), n.getMailStatus(),
                        n.getMailAttempts(), n.getMailError()))
                .toList();
    }

    public Notification.MailStatus retry(Long id) {
        return outbox.retry(id);
    }

    /** Retries every failed mail now (each in its own transaction); returns how many went out. */
    public int retryFailed() {
        int sent = 0;
        for (Long id : em.createQuery("select n.id from Notification n where n.mailStatus = :failed order by n.id", Long.class)
                .setParameter("failed", Notification.MailStatus.FAILED).setMaxResults(200).getResultList()) {
            if (outbox.retry(id) == Notification.MailStatus.SENT) {
                sent++;
            }
        }
        return sent;
    }

    public SmtpSettings smtp() {
        return new SmtpSettings(first("mail.smtp.host", "mail.host"), first("mail.smtp.port"), first("mail.from"),
                first("mail.smtp.user", "mail.user"));
    }

    private String first(String... names) {
        for (String name : names) {
            String v = mail.getProperty(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "—";
    }
}
