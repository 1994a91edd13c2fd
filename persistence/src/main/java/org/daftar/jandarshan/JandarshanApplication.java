package org.daftar.jandarshan;

import jakarta.persistence.*;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Document;
import org.daftar.efile.Inputs;
import org.daftar.org.Codes;
import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's application at a jandarshan / jansunwai (जनदर्शन / जनसुनवाई), registered with an
 * acknowledgement number per year ({@code JD/2026/000123}) and a deadline in working days, marked
 * to a post of the department concerned, and open until that post disposes of it with the reply
 * given (निराकरण). Overdue is not stored: it is derived from the deadline and today's date.
 */
@Entity
@Table(name = "jandarshan_application")
@NamedQuery(name = "Jandarshan.byAck", query = "select a from JandarshanApplication a where a.ackNumber = :ack")
@NamedQuery(name = "Jandarshan.recentByMobile",
        query = "select a from JandarshanApplication a where a.mobile = :mobile and a.receivedAt >= :since")
public class JandarshanApplication {

    public static final String ACK_PREFIX = "JD";
    public static final int REPLY_MAX = 4000;
    /** The same mobile with the same subject again within this time is probably the same application. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

    private static final Pattern ACK = Pattern.compile("JD[/\\-]?(\\d{4})[/\\-](\\d{1,6})");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ack_number", nullable = false, unique = true, length = 20)
    private String ackNumber;

    @Column(name = "ack_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Column(name = "applicant_name", nullable = false, length = Particulars.NAME_MAX)
    private String applicantName;

    @Column(name = "relative_name", length = Particulars.NAME_MAX)
    private String relativeName;

    @Column(nullable = false, length = Particulars.NAME_MAX)
    private String village;

    @Column(nullable = false, length = 10)
    private String mobile;

    @Column(nullable = false, length = Particulars.SUBJECT_MAX)
    private String subject;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JandarshanCategory category;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private LocalDate deadline;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "marked_post_id", nullable = false)
    private Post markedTo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "registered_by_user_id", nullable = false)
    private User registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private JandarshanStatus status = JandarshanStatus.OPEN;

    @Column(length = REPLY_MAX)
    private String reply;

    @Column(name = "disposed_at")
    private Instant disposedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "disposed_by_user_id")
    private User disposedBy;

    /** What the citizen handed in with the application, in the order attached. */
    @OneToMany
    @JoinTable(name = "jandarshan_document", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    @OrderBy("id")
    private List<Document> documents = new ArrayList<>();

    @Version
    private int version;

    protected JandarshanApplication() {
    }

    /**
     * @param deadline from {@link #deadline(WorkingCalendar, Instant, int)}
     * @param markedTo a post of {@code department}
     */
    public JandarshanApplication(int year, int serial, Particulars who, Department department, JandarshanCategory category,
                                 Post markedTo, Instant receivedAt, LocalDate deadline, User registeredBy) {
        this.year = year;
        this.serial = serial;
        this.ackNumber = ackNumber(year, serial);
        this.applicantName = who.applicantName();
        this.relativeName = who.relativeName();
        this.village = who.village();
        this.mobile = who.mobile();
        this.subject = who.subject();
        this.department = Objects.requireNonNull(department, "department");
        if (category == null) {
            throw new BusinessException("jandarshan.category.required");
        }
        this.category = category;
        if (markedTo == null) {
            throw new BusinessException("jandarshan.markedTo.required");
        }
        if (!same(markedTo.getDepartment(), department)) {
            throw new BusinessException("jandarshan.markedTo.otherDepartment", markedTo.getCode(), department.getCode());
        }
        this.markedTo = markedTo;
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.deadline = Objects.requireNonNull(deadline);
        this.registeredBy = Objects.requireNonNull(registeredBy);
    }

    /** {@code JD/2026/000123}. */
    public static String ackNumber(int year, int serial) {
        return String.format(Locale.ROOT, "%s/%04d/%06d", ACK_PREFIX, year, serial);
    }

    /**
     * An acknowledgement number as people type or read it out — Devanagari digits, lower case,
     * spaces, dashes instead of slashes, the serial without its zeros ({@code jd/२०२६/123}) — in
     * its stored form, or empty when it cannot be one.
     */
    public static Optional<String> canonicalAck(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = Codes.asciiDigits(typed).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m = ACK.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int serial = Integer.parseInt(m.group(2));
        return serial == 0 ? Optional.empty() : Optional.of(ackNumber(Integer.parseInt(m.group(1)), serial));
    }

    /**
     * The last day to dispose of an application received at {@code receivedAt}: {@code workingDays}
     * working days after the day it was received in India (counted from the next working day when
     * it was received on a holiday). Always a working day.
     */
    public static LocalDate deadline(WorkingCalendar calendar, Instant receivedAt, int workingDays) {
        return calendar.addWorkingDays(receivedAt.atZone(WorkingCalendar.INDIA).toLocalDate(), workingDays);
    }

    /** True when this application is probably the same one registered again: same mobile and subject, within the window. */
    public boolean isDuplicateOf(Particulars who, Instant now) {
        return mobile.equals(who.mobile()) && Particulars.subjectKey(subject).equals(who.subjectKey())
                && !receivedAt.isBefore(now.minus(DUPLICATE_WINDOW)) && !receivedAt.isAfter(now);
    }

    /**
     * Disposes of the application with the reply given to the citizen. Only a person holding the
     * marked post may, and only once.
     */
    public void dispose(User actor, Instant now, String replyText) {
        if (!actor.holds(markedTo)) {
            throw BusinessException.forbidden("jandarshan.dispose.notMarked", ackNumber);
        }
        if (status == JandarshanStatus.DISPOSED) {
            throw BusinessException.conflict("jandarshan.alreadyDisposed", ackNumber);
        }
        this.reply = Inputs.requiredText(replyText, REPLY_MAX, "jandarshan.reply");
        this.status = JandarshanStatus.DISPOSED;
        this.disposedAt = now;
        this.disposedBy = actor;
    }

    /**
     * Whether {@code person} may read the citizen's particulars (name, relative, village, mobile,
     * subject, documents, reply): they are personal data, so only the person who registered the
     * application, anyone holding a post of the department it is marked to, and the collector and
     * ADMs (role COLLECTOR) may. Everybody else signed in sees only its status, department and deadline.
     */
    public boolean mayBeReadBy(User person) {
        return person != null && (same(person, registeredBy) || person.getRoles().contains(Role.COLLECTOR)
                || person.currentPosts().stream().anyMatch(p -> same(p.getDepartment(), department)));
    }

    /** Keeps a document the citizen handed in (already checked and stored) with the application. */
    public void attach(Document document) {
        documents.add(Objects.requireNonNull(document, "document"));
    }

    /** Open and past its deadline on {@code today} (a day in India). */
    public boolean isOverdue(LocalDate today) {
        return status == JandarshanStatus.OPEN && deadline.isBefore(today);
    }

    private static boolean same(Department a, Department b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    private static boolean same(User a, User b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    public Long getId() { return id; }
    public String getAckNumber() { return ackNumber; }
    public int getYear() { return year; }
    public int getSerial() { return serial; }
    public String getApplicantName() { return applicantName; }
    public String getRelativeName() { return relativeName; }
    public String getVillage() { return village; }
    public String getMobile() { return mobile; }
    public String getSubject() { return subject; }
    public Department getDepartment() { return department; }
    public JandarshanCategory getCategory() { return category; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getDeadline() { return deadline; }
    public Post getMarkedTo() { return markedTo; }
    public User getRegisteredBy() { return registeredBy; }
    public JandarshanStatus getStatus() { return status; }
    public String getReply() { return reply; }
    public Instant getDisposedAt() { return disposedAt; }
    public User getDisposedBy() { return disposedBy; }
    public List<Document> getDocuments() { return Collections.unmodifiableList(documents); }
    public int getVersion() { return version; }
}
