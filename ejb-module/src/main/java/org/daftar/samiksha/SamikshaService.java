package org.daftar.samiksha;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.efile.WorkItem;
import org.daftar.efile.Actor;
import org.daftar.efile.Desks;
import org.daftar.efile.Details.DocumentRow;
import org.daftar.efile.Document;
import org.daftar.efile.Documents;
import org.daftar.efile.Numbering;
import org.daftar.efile.Priority;
import org.daftar.org.Codes;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * e-Samiksha (issue 5, first part): review meetings, instructions with deadlines in working days,
 * and each assignee's compliance, extensions and "ask reason". The collector/ADM and heads of
 * department issue; the issuing post (or the collector) reviews; only the assignee post's holder
 * answers. Every step goes into the district audit log.
 */
@Stateless
public class SamikshaService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private Numbering numbering;

    @Inject
    private Documents documents;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private SlaRules sla;

    @Inject
    private jakarta.enterprise.event.Event<AssignmentChanged> changed;

    @Inject
    private org.daftar.notice.Notices notices;

    public Meeting holdMeeting(LocalDate date, MeetingType type, String title, List<String> attendeeCodes, Long postId) {
        Actor actor = issuer(postId);
        Meeting m = new Meeting(date, type, title, actor.post(), actor.user(), clock.instant());
        for (String code : attendeeCodes == null ? List.<String>of() : attendeeCodes) {
            m.attend(post(code));
        }
        em.persist(m);
        em.flush();
        audit.record(actor.login(), "MEETING_HELD", "meeting:" + m.getId(), m.getDate() + " " + m.getTitle(), null);
        return m;
    }

    public Instruction issue(InstructionForm f, Long postId) {
        Actor actor = issuer(postId);
        Deadline deadline = Deadline.of(f.getDeadline(), f.getWorkingDays(), today(clock.instant()), workingDays.calendar());
        List<Post> assignees = new ArrayList<>();
        for (String code : f.getAssignees()) {
            assignees.add(post(code));
        }
        Meeting meeting = null;
        if (f.getMeetingId() != null) {
            meeting = em.find(Meeting.class, f.getMeetingId());
            if (meeting == null) {
                throw BusinessException.notFound("meeting.notFound");
            }
        }
        List<Long> items = new ArrayList<>();
        for (Long itemId : f.getItemIds()) {
            items.add(desks.open(org.daftar.efile.WorkItem.class, itemId).getId());
        }
        return give(meeting, f.getSource(), f.getText(), f.getPriority(), deadline, assignees, items, actor);
    }

    /**
     * Numbers and keeps an instruction, plans every assignee's ladder and tells them: for the
     * instructions officers give, and for those Daftar opens itself (a time-limit letter's reply).
     * Whether {@code actor} may give it is the caller's check.
     */
    public Instruction give(Meeting meeting, InstructionSource source, String text, Priority priority, Deadline deadline,
                            List<Post> assignees, List<Long> itemIds, Actor actor) {
        Instant now = clock.instant();
        LocalDate today = today(now);
        // a refusal below rolls the transaction back, and with it the number taken (see Numbering)
        String number = "SS/" + today.getYear() + "/" + String.format("%04d", numbering.next("I/" + today.getYear()));
        Instruction i = new Instruction(number, meeting, source, text, priority, deadline, assignees,
                actor.user(), actor.post(), now);
        itemIds.forEach(i::link);
        em.persist(i);
        em.flush();
        for (Assignment a : i.getAssignments()) {
            planLadder(a, today);
            // in the bell at once; by mail in the next morning's digest (reminders and escalations are mailed at once)
            notices.toHolders(a.getAssignee(), "notice.instructed", EscalationFirer.args(a), EscalationFirer.MINE, false);
            changed.fire(new AssignmentChanged(a.getId(), a.getAssignee().getId()));
        }
        audit.record(actor.login(), "INSTRUCTION_ISSUED", "instruction:" + i.getId(), number + " deadline " + deadline.date()
                + " to " + String.join(",", assignees.stream().map(Post::getCode).toList()), null);
        return i;
    }

    /** The assignee's parts of the caller's post (null: primary), open ones first by deadline. */
    public List<AssignmentRow> mine(Long postId) {
        Actor actor = desks.acting(postId);
        return rows(forRows(em.createQuery("select a from Assignment a where a.assignee = :post order by a.status, a.deadline", Assignment.class))
                .setParameter("post", actor.post()).setMaxResults(500).getResultList());
    }

    /** The console: open and submitted parts district-wide (collector) or of the caller's department (HOD). */
    public List<AssignmentRow> console(String departmentCode) {
        String dept = reviewedDepartment(departmentCode);
        var q = forRows(em.createQuery("select a from Assignment a where a.status <> :accepted"
                + (dept == null ? "" : " and a.assignee.section.department.code = :dept") + " order by a.deadline, a.id", Assignment.class))
                .setParameter("accepted", AssignmentStatus.ACCEPTED);
        if (dept != null) {
            q.setParameter("dept", dept);
        }
        return rows(q.setMaxResults(1000).getResultList());
    }

    /**
     * The department whose pending work the caller reviews: the one asked for, or all (null), for
     * the collector/ADM; a head of department's own; nobody else reviews.
     */
    public String reviewedDepartment(String departmentCode) {
        User user = desks.caller();
        boolean districtWide = user.getRoles().contains(Role.COLLECTOR);
        if (!districtWide && !user.getRoles().contains(Role.HOD)) {
            throw BusinessException.forbidden("error.notAllowed");
        }
        return districtWide ? (departmentCode == null || departmentCode.isBlank() ? null : Codes.normalise(departmentCode))
                : user.currentPosts().get(0).getDepartment().getCode();
    }

    public void submitCompliance(Long assignmentId, String text) {
        Assignment a = assignment(assignmentId);
        Actor actor = assignee(a);
        a.submitCompliance(actor.post(), actor.user(), text, clock.instant());
        done(actor, a, "COMPLIANCE_SUBMITTED");
    }

    public void accept(Long assignmentId) {
        Assignment a = assignment(assignmentId);
        Actor actor = reviewer(a);
        a.accept(actor.post(), actor.user(), clock.instant());
        done(actor, a, "COMPLIANCE_ACCEPTED");
    }

    public void returnCompliance(Long assignmentId, String remark) {
        Assignment a = assignment(assignmentId);
        Actor actor = reviewer(a);
        a.returnCompliance(actor.post(), actor.user(), remark, clock.instant());
        done(actor, a, "COMPLIANCE_RETURNED");
    }

    public void requestExtension(Long assignmentId, LocalDate until, String why) {
        Assignment a = assignment(assignmentId);
        Actor actor = assignee(a);
        a.requestExtension(actor.post(), actor.user(), until, why, clock.instant());
        done(actor, a, "EXTENSION_REQUESTED");
    }

    public void decideExtension(Long assignmentId, boolean grant, String remark) {
        Assignment a = assignment(assignmentId);
        Actor actor = reviewer(a);
        if (grant) {
            a.grantExtension(actor.post(), actor.user(), workingDays.calendar(), clock.instant());
            em.createQuery("select s from EscalationStep s where s.assignment = :a and s.status = :p", EscalationStep.class)
                    .setParameter("a", a).setParameter("p", EscalationStep.Status.PENDING).getResultList().forEach(em::remove);
            em.flush();
            planLadder(a, today(clock.instant()));
        } else {
            a.refuseExtension(actor.post(), actor.user(), remark, clock.instant());
        }
        done(actor, a, grant ? "EXTENSION_GRANTED" : "EXTENSION_REFUSED");
    }

    public void askReason(Long assignmentId) {
        Assignment a = assignment(assignmentId);
        Actor actor = reviewer(a);
        Instant now = clock.instant();
        a.askReason(actor.post(), actor.user(), today(now), now);
        notices.toHolders(a.getAssignee(), "notice.reasonAsked", EscalationFirer.args(a), EscalationFirer.MINE, false);
        done(actor, a, "REASON_ASKED");
    }

    public void giveReason(Long assignmentId, String text) {
        Assignment a = assignment(assignmentId);
        Actor actor = assignee(a);
        a.giveReason(actor.post(), actor.user(), text, clock.instant());
        done(actor, a, "REASON_GIVEN");
    }

    /**
     * The part of instruction {@code instructionId} that belongs to {@code postCode}, or, without a
     * code, to one of the caller's own posts — how the API names an assignment.
     */
    public Long assignmentId(Long instructionId, String postCode) {
        List<Assignment> parts = em.createQuery("select a from Assignment a where a.instruction.id = :i", Assignment.class)
                .setParameter("i", instructionId).getResultList();
        if (parts.isEmpty()) {
            throw BusinessException.notFound("instruction.notFound");
        }
        if (postCode != null && !postCode.isBlank()) {
            String code = Codes.normalise(postCode);
            return parts.stream().filter(a -> a.getAssignee().getCode().equals(code)).findFirst()
                    .orElseThrow(() -> new BusinessException("instruction.assignee.unknown", postCode)).getId();
        }
        User user = desks.caller();
        return parts.stream().filter(a -> user.holds(a.getAssignee())).findFirst()
                .orElseThrow(() -> BusinessException.forbidden("instruction.notAssignee")).getId();
    }

    /** One instruction with every assignee's part and history, for the issuer, the collector/HOD and the assignees. */
    public InstructionView view(Long instructionId) {
        Instruction i = instructionId == null ? null : em.find(Instruction.class, instructionId);
        if (i == null) {
            throw BusinessException.notFound("instruction.notFound");
        }
        requireMayView(i);
        List<EscalationStep> ladder = em.createQuery("select s from EscalationStep s where s.assignment.instruction = :i "
                + "order by s.assignment.id, s.stepNo", EscalationStep.class).setParameter("i", i).getResultList();
        return InstructionView.of(i, rows(i.getAssignments()), ladder);
    }

    /** Attaches a document to the caller's compliance report on an open part (PDF, JPEG or PNG, checked by content). */
    public DocumentRow addComplianceDocument(Long assignmentId, String fileName, InputStream content) {
        Assignment a = assignment(assignmentId);
        Actor actor = assignee(a);
        a.checkDocument(actor.post(), em.createQuery("select count(d) from Document d where d.assignmentId = :a", Long.class)
                .setParameter("a", a.getId()).getSingleResult());
        Document d = documents.storeForCompliance(a.getId(), fileName, content, actor.user());
        em.flush();
        audit.record(actor.login(), "COMPLIANCE_DOCUMENT_ADDED", "assignment:" + a.getId(),
                a.getInstruction().getNumber() + " " + d.getFileName() + " sha256=" + d.getSha256(), null);
        return DocumentRow.of(d);
    }

    /** Refuses the caller a compliance document of {@code assignmentId} unless they may see its instruction. */
    public void requireMayViewCompliance(Long assignmentId) {
        requireMayView(assignment(assignmentId).getInstruction());
    }

    /** The issuer, the collector/ADM, heads of department and the assignees see an instruction. */
    private void requireMayView(Instruction i) {
        User user = desks.caller();
        boolean allowed = user.holds(i.getIssuedByPost()) || user.getRoles().contains(Role.COLLECTOR)
                || user.getRoles().contains(Role.HOD) || i.getAssignments().stream().anyMatch(a -> user.holds(a.getAssignee()));
        if (!allowed) {
            throw BusinessException.forbidden("error.notAllowed");
        }
    }

    /**
     * Plans the rungs of an assignment's ladder from its deadline: the reporting officer, the
     * highest post of the assignee's department in its reporting line (the head of department) and
     * the top of the line (the collector). Rung numbers continue after any rungs already kept.
     */
    private void planLadder(Assignment a, LocalDate today) {
        Post assignee = a.getAssignee();
        Post hod = null;
        Post top = null;
        for (Post p = assignee.getReportsTo(); p != null; p = p.getReportsTo()) {
            if (p.getDepartment().getCode().equals(assignee.getDepartment().getCode())) {
                hod = p;
            }
            top = p;
        }
        int kept = em.createQuery("select count(s) from EscalationStep s where s.assignment = :a", Long.class)
                .setParameter("a", a).getSingleResult().intValue();
        EscalationLadder ladder = new EscalationLadder(sla.days(SlaKind.REMINDER, SlaKind.ALL),
                sla.days(SlaKind.ESCALATION_GAP, SlaKind.ALL));
        for (EscalationLadder.Rung r : ladder.plan(today, a.getDeadline(), assignee, hod, top, workingDays.calendar())) {
            em.persist(new EscalationStep(a, new EscalationLadder.Rung(kept + r.stepNo(), r.kind(), r.dueOn(), r.target())));
        }
    }

    /** The parts as rows with today's colour and their compliance documents (read in one query). */
    /**
     * What {@link #rows} shows of each part (instruction, meeting, linked items, assignee post and its
     * department), read for the whole list in one query per path instead of a few queries per row.
     */
    private static TypedQuery<Assignment> forRows(TypedQuery<Assignment> q) {
        for (String path : List.of("a.instruction", "a.instruction.meeting", "a.instruction.itemIds", "a.assignee",
                "a.assignee.section", "a.assignee.section.department")) {
            q.setHint("eclipselink.batch", path);
        }
        return q.setHint("eclipselink.batch.type", "IN");
    }

    public List<AssignmentRow> rows(List<Assignment> list) {
        WorkingCalendar cal = workingDays.calendar();
        LocalDate today = today(clock.instant());
        Map<Long, List<DocumentRow>> attached = list.isEmpty() ? Map.of()
                : em.createQuery("select d from Document d where d.assignmentId in :ids order by d.id", Document.class)
                .setParameter("ids", list.stream().map(Assignment::getId).toList()).getResultStream()
                .collect(Collectors.groupingBy(Document::getAssignmentId, Collectors.mapping(DocumentRow::of, Collectors.toList())));
        Set<Long> itemIds = list.stream().flatMap(a -> a.getInstruction().getItemIds().stream()).collect(Collectors.toSet());
        Map<Long, AssignmentRow.Linked> items = itemIds.isEmpty() ? Map.of()
                : em.createQuery("select w from WorkItem w where w.id in :ids", WorkItem.class).setParameter("ids", itemIds)
                .getResultStream().collect(Collectors.toMap(WorkItem::getId, w -> new AssignmentRow.Linked(w.getId(), w.isFile(), w.getNumber())));
        return list.stream().map(a -> AssignmentRow.of(a, a.standing(today, cal), attached.getOrDefault(a.getId(), List.of()),
                a.getInstruction().getItemIds().stream().map(items::get).filter(java.util.Objects::nonNull).toList())).toList();
    }

    /** After a step of an assignment: its desk is told, and the step goes into the district audit log. */
    public void done(Actor actor, Assignment a, String action) {
        em.flush();
        changed.fire(new AssignmentChanged(a.getId(), a.getAssignee().getId()));
        audit.record(actor.login(), action, "assignment:" + a.getId(), a.getInstruction().getNumber() + " " + a.getAssignee().getCode(), null);
    }

    /** The collector/ADM or a head of department, acting for one of their posts. */
    private Actor issuer(Long postId) {
        Actor actor = desks.acting(postId);
        if (actor.user().getRoles().stream().noneMatch(r -> r == Role.COLLECTOR || r == Role.HOD)) {
            throw BusinessException.forbidden("instruction.issue.notAllowed");
        }
        return actor;
    }

    /** The holder of the post that issued the instruction, or the collector/ADM. */
    private Actor reviewer(Assignment a) {
        User user = desks.caller();
        Post issuing = a.getInstruction().getIssuedByPost();
        if (user.holds(issuing)) {
            return new Actor(user, issuing);
        }
        if (user.getRoles().contains(Role.COLLECTOR)) {
            return new Actor(user, user.currentPosts().get(0));
        }
        throw BusinessException.forbidden("instruction.review.notAllowed");
    }

    private Actor assignee(Assignment a) {
        User user = desks.caller();
        if (!user.holds(a.getAssignee())) {
            throw BusinessException.forbidden("instruction.notAssignee");
        }
        return new Actor(user, a.getAssignee());
    }

    private Assignment assignment(Long id) {
        Assignment a = id == null ? null : em.find(Assignment.class, id);
        if (a == null) {
            throw BusinessException.notFound("instruction.notFound");
        }
        return a;
    }

    private Post post(String code) {
        return em.createNamedQuery("Post.byCode", Post.class).setParameter("code", Codes.normalise(code == null ? "" : code))
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("instruction.assignee.unknown", code));
    }

    private static LocalDate today(Instant now) {
        return now.atZone(WorkingCalendar.INDIA).toLocalDate();
    }
}
