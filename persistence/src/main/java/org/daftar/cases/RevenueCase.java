package org.daftar.cases;

import jakarta.persistence.*;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Inputs;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A case in the register of a revenue court (tehsildar, SDM, collector): numbered gaplessly per
 * court and year, with its parties, its hearing dates and finally the disposal order. Its due date
 * is fixed when it is filed: the limit for its type, in working days after the filing date.
 */
@Entity
@Table(name = "revenue_case")
public class RevenueCase {

    public static final int PARTY_MAX = 200;
    public static final int SUBJECT_MAX = 500;
    public static final int ORDER_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 60)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RevenueCourt court;

    @ManyToOne(optional = false)
    @JoinColumn(name = "court_post_id", nullable = false)
    private Post courtPost;

    @Column(name = "case_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 12)
    private RevenueCaseType type;

    @Column(length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = PARTY_MAX)
    private String applicant;

    @Column(length = PARTY_MAX)
    private String respondent;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RevenueCaseStatus status = RevenueCaseStatus.PENDING;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "revenue_case_hearing", joinColumns = @JoinColumn(name = "case_id"))
    @OrderBy("date")
    private List<Hearing> hearings = new ArrayList<>();

    @Column(name = "disposed_on")
    private LocalDate disposedOn;

    @Column(name = "disposal_order", length = ORDER_MAX)
    private String disposalOrder;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "filed_by_user_id", nullable = false)
    private User filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "disposed_by_user_id")
    private User disposedBy;

    @Column(name = "disposed_at")
    private Instant disposedAt;

    @Version
    private int version;

    protected RevenueCase() {
    }

    /**
     * Registers a case in the court of {@code courtPost} with the {@code serial}-th number of
     * {@code year}. The due date is {@code limitDays} working days after {@code filedOn}.
     */
    public RevenueCase(RevenueCourt court, Post courtPost, int year, int serial, RevenueCaseType type, String subject,
                       String applicant, String respondent, LocalDate filedOn, int limitDays, WorkingCalendar calendar,
                       User filedBy, Instant now) {
        LocalDate today = now.atZone(WorkingCalendar.INDIA).toLocalDate();
        check(court, type, subject, applicant, respondent, filedOn, today);
        this.court = court;
        this.courtPost = courtPost;
        this.year = year;
        this.serial = serial;
        this.number = RevenueRule.caseNumber(courtPost.getCode(), year, serial);
        this.type = type;
        this.subject = Inputs.optionalText(subject, SUBJECT_MAX, "revenueCase.subject");
        this.applicant = Inputs.requiredText(applicant, PARTY_MAX, "revenueCase.applicant");
        this.respondent = Inputs.optionalText(respondent, PARTY_MAX, "revenueCase.respondent");
        this.filedOn = filedOn == null ? today : filedOn;
        this.limitDays = limitDays;
        this.dueOn = RevenueRule.dueOn(calendar, this.filedOn, limitDays);
        this.filedBy = filedBy;
        this.filedAt = now;
    }

    /** Checks what a clerk typed before a number is taken, so that a refusal never uses one up. */
    public static void check(RevenueCourt court, RevenueCaseType type, String subject, String applicant,
                             String respondent, LocalDate filedOn, LocalDate today) {
        if (court == null) {
            throw new BusinessException("revenueCase.court.required");
        }
        if (type == null) {
            throw new BusinessException("revenueCase.type.required");
        }
        if (filedOn != null && filedOn.isAfter(today)) {
            throw new BusinessException("revenueCase.filedOn.future");
        }
        Inputs.optionalText(subject, SUBJECT_MAX, "revenueCase.subject");
        Inputs.requiredText(applicant, PARTY_MAX, "revenueCase.applicant");
        Inputs.optionalText(respondent, PARTY_MAX, "revenueCase.respondent");
    }

    /** Records a hearing date: on a working day, not before filing, while the case is pending. */
    public Hearing addHearing(LocalDate date, String note, WorkingCalendar calendar, Instant now) {
        requirePending();
        if (date == null) {
            throw new BusinessException("revenueCase.hearing.date.required");
        }
        if (date.isBefore(filedOn)) {
            throw new BusinessException("revenueCase.hearing.beforeFiling");
        }
        if (!calendar.isWorkingDay(date)) {
            throw new BusinessException("revenueCase.hearing.notWorkingDay", date.toString());
        }
        Hearing h = new Hearing(date, Inputs.optionalText(note, Hearing.NOTE_MAX, "revenueCase.hearing.note"), now);
        hearings.add(h);
        return h;
    }

    /** Disposes of the case with the court's order, on {@code disposedOn} (null: today); once. */
    public void dispose(LocalDate disposedOn, String order, User by, Instant now) {
        requirePending();
        LocalDate today = now.atZone(WorkingCalendar.INDIA).toLocalDate();
        LocalDate day = disposedOn == null ? today : disposedOn;
        if (day.isAfter(today)) {
            throw new BusinessException("revenueCase.disposal.future");
        }
        if (day.isBefore(filedOn)) {
            throw new BusinessException("revenueCase.disposal.beforeFiling");
        }
        this.disposalOrder = Inputs.requiredText(order, ORDER_MAX, "revenueCase.disposal.order");
        this.disposedOn = day;
        this.disposedBy = by;
        this.disposedAt = now;
        this.status = RevenueCaseStatus.DISPOSED;
    }

    private void requirePending() {
        if (status != RevenueCaseStatus.PENDING) {
            throw BusinessException.conflict("revenueCase.alreadyDisposed", number);
        }
    }

    public boolean isOverdue(LocalDate today) { return RevenueRule.isOverdue(status, dueOn, today); }

    /** Disposed after its due date. */
    public boolean isDisposedLate() { return disposedOn != null && disposedOn.isAfter(dueOn); }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public RevenueCourt getCourt() { return court; }
    public Post getCourtPost() { return courtPost; }
    public int getYear() { return year; }
    public int getSerial() { return serial; }
    public RevenueCaseType getType() { return type; }
    public String getSubject() { return subject; }
    public String getApplicant() { return applicant; }
    public String getRespondent() { return respondent; }
    public LocalDate getFiledOn() { return filedOn; }
    public int getLimitDays() { return limitDays; }
    public LocalDate getDueOn() { return dueOn; }
    public RevenueCaseStatus getStatus() { return status; }
    public List<Hearing> getHearings() { return Collections.unmodifiableList(hearings); }
    public LocalDate getDisposedOn() { return disposedOn; }
    public String getDisposalOrder() { return disposalOrder; }
    public User getFiledBy() { return filedBy; }
    public Instant getFiledAt() { return filedAt; }
    public User getDisposedBy() { return disposedBy; }
    public Instant getDisposedAt() { return disposedAt; }
}
