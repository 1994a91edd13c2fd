package org.daftar.samiksha;

import jakarta.persistence.*;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Inputs;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One assignee post's part of an instruction, with its own life cycle: open → compliance submitted
 * → accepted, or returned (open again); extensions asked for and granted or refused (the original
 * deadline stays on the instruction); the reason asked for once it is overdue, and given. Every
 * step is an {@link AssignmentEvent}. Who may review (accept, return, grant, ask) is decided by the
 * service; the rules of the steps themselves live here.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    public static final int TEXT_MAX = 20_000;
    /** Documents one compliance report may carry (scans of orders, photographs of the site). */
    public static final int MAX_DOCUMENTS = 10;
    /** Working days before the deadline in which an assignment shows as "due soon". */
    public static final int DUE_SOON_DAYS = 2;
    public static final int PROPOSAL_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "instruction_id", nullable = false)
    private Instruction instruction;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id", nullable = false)
    private Post assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentStatus status = AssignmentStatus.OPEN;

    /** The deadline in force: the instruction's, or a granted extension's. */
    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "compliance", length = TEXT_MAX)
    private String compliance;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "extension_asked")
    private LocalDate extensionAsked;

    @Column(name = "reason_asked_at")
    private Instant reasonAskedAt;

    @Column(name = "reason", length = TEXT_MAX)
    private String reason;

    @Column(name = "reason_given_at")
    private Instant reasonGivenAt;

    /** What closing or dispatching from a linked file suggests as the compliance report, until the assignee confirms. */
    @Column(name = "proposed_compliance", length = PROPOSAL_MAX)
    private String proposedCompliance;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<AssignmentEvent> events = new ArrayList<>();

    @Version
    private int version;

    protected Assignment() {
    }

    Assignment(Instruction instruction, Post assignee, LocalDate deadline, User by, Post byPost, Instant now) {
        this.instruction = instruction;
        this.assignee = assignee;
        this.deadline = deadline;
        event(EventKind.ISSUED, by, byPost, now, null, deadline);
    }

    /** The assignee reports what was done (पालन प्रतिवेदन). */
    public void submitCompliance(Post by, User user, String text, Instant now) {
        requireAssignee(by);
        if (status != AssignmentStatus.OPEN) {
            throw BusinessException.conflict("instruction.compliance.notOpen");
        }
        this.compliance = Inputs.requiredText(text, TEXT_MAX, "instruction.compliance");
        this.status = AssignmentStatus.SUBMITTED;
        this.submittedAt = now;
        this.proposedCompliance = null;
        event(EventKind.COMPLIANCE_SUBMITTED, user, by, now, compliance, null);
    }

    /**
     * Closing or dispatching from a linked file suggests the compliance report; it stays a
     * suggestion until the assignee confirms it (an open part only; a later suggestion replaces it).
     */
    public void propose(String text) {
        if (status == AssignmentStatus.OPEN) {
            this.proposedCompliance = Inputs.optionalText(text, PROPOSAL_MAX, "instruction.compliance");
        }
    }

    /**
     * A time-limit letter is complied with when its reply is dispatched: the dispatch is the
     * compliance report and closes the part, recorded as done by whoever dispatched it.
     */
    public void compliedByReply(String text, Post by, User user, Instant now) {
        if (status == AssignmentStatus.ACCEPTED) {
            return;
        }
        if (status == AssignmentStatus.OPEN) {
            this.compliance = Inputs.requiredText(text, TEXT_MAX, "instruction.compliance");
            this.submittedAt = now;
            event(EventKind.COMPLIANCE_SUBMITTED, user, by, now, compliance, null);
        }
        this.status = AssignmentStatus.ACCEPTED;
        this.closedAt = now;
        this.proposedCompliance = null;
        event(EventKind.ACCEPTED, user, by, now, null, null);
    }

    /**
     * The assignee may attach a document to the compliance report while the part is open, that is
     * before submitting it or after it was returned; what was reviewed is not changed afterwards.
     */
    public void checkDocument(Post by, long attachedAlready) {
        requireAssignee(by);
        requireOpen();
        if (attachedAlready >= MAX_DOCUMENTS) {
            throw new BusinessException("instruction.documents.tooMany", MAX_DOCUMENTS);
        }
    }

    /** The reviewer accepts the compliance: this part is closed. Nobody accepts their own report. */
    public void accept(Post by, User user, Instant now) {
        requireSubmitted();
        requireNotAssignee(by, "instruction.accept.own");
        this.status = AssignmentStatus.ACCEPTED;
        this.closedAt = now;
        event(EventKind.ACCEPTED, user, by, now, null, null);
    }

    /** The reviewer returns the compliance with a remark: open again, same deadline. */
    public void returnCompliance(Post by, User user, String remark, Instant now) {
        requireSubmitted();
        requireNotAssignee(by, "instruction.accept.own");
        this.status = AssignmentStatus.OPEN;
        event(EventKind.RETURNED, user, by, now, Inputs.requiredText(remark, TEXT_MAX, "instruction.remark"), null);
    }

    public void requestExtension(Post by, User user, LocalDate until, String why, Instant now) {
        requireAssignee(by);
        requireOpen();
        if (until == null || !until.isAfter(deadline)) {
            throw new BusinessException("instruction.extension.notLater");
        }
        this.extensionAsked = until;
        event(EventKind.EXTENSION_REQUESTED, user, by, now, Inputs.requiredText(why, TEXT_MAX, "instruction.reason"), until);
    }

    /** Grants the extension asked for (moved to a working day if it falls on a holiday). */
    public void grantExtension(Post by, User user, WorkingCalendar calendar, Instant now) {
        requireExtensionAsked();
        requireNotAssignee(by, "instruction.accept.own");
        this.deadline = calendar.onOrAfter(extensionAsked);
        this.extensionAsked = null;
        event(EventKind.EXTENSION_GRANTED, user, by, now, null, deadline);
    }

    public void refuseExtension(Post by, User user, String remark, Instant now) {
        requireExtensionAsked();
        requireNotAssignee(by, "instruction.accept.own");
        this.extensionAsked = null;
        event(EventKind.EXTENSION_REFUSED, user, by, now, Inputs.optionalText(remark, TEXT_MAX, "instruction.remark"), null);
    }

    /** "Ask reason" (कारण पूछें): only once the deadline has passed without a compliance report. */
    public void askReason(Post by, User user, LocalDate today, Instant now) {
        requireNotAssignee(by, "instruction.accept.own");
        if (status != AssignmentStatus.OPEN || !today.isAfter(deadline)) {
            throw new BusinessException("instruction.askReason.notOverdue");
        }
        if (reasonAskedAt != null && reasonGivenAt == null) {
            throw BusinessException.conflict("instruction.askReason.pending");
        }
        this.reasonAskedAt = now;
        this.reason = null;
        this.reasonGivenAt = null;
        event(EventKind.REASON_ASKED, user, by, now, null, null);
    }

    public void giveReason(Post by, User user, String text, Instant now) {
        requireAssignee(by);
        if (reasonAskedAt == null || reasonGivenAt != null) {
            throw BusinessException.conflict("instruction.reason.notAsked");
        }
        this.reason = Inputs.requiredText(text, TEXT_MAX, "instruction.reason");
        this.reasonGivenAt = now;
        event(EventKind.REASON_GIVEN, user, by, now, reason, null);
    }

    /** The console's colour for this part today. */
    public Standing standing(LocalDate today, WorkingCalendar calendar) {
        if (status != AssignmentStatus.OPEN) {
            return Standing.COMPLIED;
        }
        if (today.isAfter(deadline)) {
            return Standing.OVERDUE;
        }
        return calendar.workingDaysBetween(today, deadline) <= DUE_SOON_DAYS ? Standing.DUE_SOON : Standing.ON_TIME;
    }

    public boolean isOverdue(LocalDate today) {
        return status == AssignmentStatus.OPEN && today.isAfter(deadline);
    }

    AssignmentEvent event(EventKind kind, User user, Post post, Instant now, String text, LocalDate date) {
        AssignmentEvent e = new AssignmentEvent(this, kind, user, post, now, text, date);
        events.add(e);
        return e;
    }

    private void requireAssignee(Post by) {
        if (!assignee.equals(by)) {
            throw BusinessException.forbidden("instruction.notAssignee");
        }
    }

    private void requireNotAssignee(Post by, String key) {
        if (assignee.equals(by)) {
            throw BusinessException.forbidden(key);
        }
    }

    private void requireOpen() {
        if (status != AssignmentStatus.OPEN) {
            throw BusinessException.conflict("instruction.compliance.notOpen");
        }
    }

    private void requireSubmitted() {
        if (status != AssignmentStatus.SUBMITTED) {
            throw BusinessException.conflict("instruction.notSubmitted");
        }
    }

    private void requireExtensionAsked() {
        if (extensionAsked == null) {
            throw BusinessException.conflict("instruction.extension.notAsked");
        }
    }

    public Long getId() { return id; }
    public Instruction getInstruction() { return instruction; }
    public Post getAssignee() { return assignee; }
    public AssignmentStatus getStatus() { return status; }
    public LocalDate getDeadline() { return deadline; }
    public String getCompliance() { return compliance; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getClosedAt() { return closedAt; }
    public LocalDate getExtensionAsked() { return extensionAsked; }
    public Instant getReasonAskedAt() { return reasonAskedAt; }
    public String getReason() { return reason; }
    public Instant getReasonGivenAt() { return reasonGivenAt; }
    public String getProposedCompliance() { return proposedCompliance; }
    public List<AssignmentEvent> getEvents() { return events; }
}
