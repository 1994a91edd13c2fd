package org.daftar.notice;

import jakarta.persistence.*;
import org.daftar.user.User;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Something a person must know: a reminder, an escalation, a reason asked. It is shown in the
 * person's notifications and, when {@link #getMailStatus()} says so, e-mailed by the outbox —
 * written in the same transaction as the event itself, so a failed mail never loses the event;
 * the outbox retries and the administrator sees what failed.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public enum MailStatus { NONE, PENDING, SENT, FAILED }

    public static final int MAX_MAIL_ATTEMPTS = 5;
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(name = "message_key", nullable = false, length = 60)
    private String messageKey;

    @Column(name = "message_args", length = 2000)
    private String messageArgs;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 8)
    private MailStatus mailStatus;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_error", length = 500)
    private String mailError;

    @Version
    private int version;

    protected Notification() {
    }

    public Notification(User user, String messageKey, List<String> args, String link, boolean mail, Instant now) {
        this.user = user;
        this.messageKey = messageKey;
        this.messageArgs = String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = now;
        this.mailStatus = mail && user.getEmail() != null ? MailStatus.PENDING : MailStatus.NONE;
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void mailed() {
        mailStatus = MailStatus.SENT;
        mailAttempts++;
        mailError = null;
    }

    /** A failed attempt: tried again later, until {@link #MAX_MAIL_ATTEMPTS}, then left FAILED for the administrator. */
    public void mailFailed(String error) {
        mailAttempts++;
        mailError = error == null ? "?" : error.length() <= 500 ? error : error.substring(0, 500);
        mailStatus = mailAttempts >= MAX_MAIL_ATTEMPTS ? MailStatus.FAILED : MailStatus.PENDING;
    }

    /** The administrator's "retry now": a mail given up on is queued again for one more attempt. */
    public void retryMail() {
        if (mailStatus == MailStatus.FAILED) {
            mailStatus = MailStatus.PENDING;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public List<String> args() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1));
    }

    public Long getId() { return id; }
    public User getUser() { return user; }
    public String getMessageKey() { return messageKey; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public MailStatus getMailStatus() { return mailStatus; }
    public int getMailAttempts() { return mailAttempts; }
    public String getMailError() { return mailError; }
}
