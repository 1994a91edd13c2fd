package org.daftar.samiksha;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.efile.Actor;
import org.daftar.efile.Category;
import org.daftar.efile.Desks;
import org.daftar.efile.DisposalKind;
import org.daftar.efile.EFile;
import org.daftar.efile.ItemChanged;
import org.daftar.efile.ItemDisposed;
import org.daftar.efile.MovementAction;
import org.daftar.efile.Receipt;
import org.daftar.efile.WorkItem;
import org.daftar.org.Post;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The register of time-limit (समय-सीमा) letters. A receipt diarised as a TL letter is tracked
 * like an instruction to the post that diarised it — the same deadlines, ladder, console and
 * "my instructions" — with its reply-by date, else the district's default, as the deadline; the
 * dispatch of a reply from the file holding it is its compliance and closes it.
 */
@Stateless
public class TimeLimitLetters {

    /** A pending letter as the register lists it; {@code holder} is where the letter (or its file) lies now. */
    public record Row(Long receiptId, String receiptNumber, String subject, String sender, LocalDate receivedOn,
                      String holderCode, String holderEn, String holderHi, String department, LocalDate deadline,
                      AssignmentStatus status, int daysOverdue, Long instructionId, String instructionNumber) {

        public String holder(boolean hindi) { return hindi ? holderHi : holderEn; }
    }

    private static final int MAX_PAGE = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private SamikshaService samiksha;

    @Inject
    private SlaRules sla;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    /** A receipt of category TL letter has just been diarised: its reply is now an instruction to the diarising post. */
    public void diarised(@Observes ItemChanged e) {
        if (e.action() != MovementAction.CREATE
                || !(em.find(WorkItem.class, e.itemId()) instanceof Receipt r)
                || r.getCategory() != Category.TL_LETTER) {
            return;
        }
        Deadline deadline = Deadline.forLetter(r.getReplyBy(), r.getReceivedOn(), sla.days(SlaKind.TL_REPLY, SlaKind.ALL),
                workingDays.calendar());
        samiksha.give(null, InstructionSource.GOVERNMENT_LETTER, "समय-सीमा पत्र का उत्तर / Reply to time-limit letter "
                        + r.getNumber() + ": " + r.getSubject(), r.getPriority(), deadline, List.of(r.getHolder()),
                List.of(r.getId()), new Actor(desks.caller(), r.getHolder()));
    }

    /** A letter dispatched from a file answers the TL letters put in that file: they are complied with and closed. */
    public void replied(@Observes ItemDisposed e) {
        if (e.kind() != DisposalKind.DISPATCH || !(e.item() instanceof EFile file)) {
            return;
        }
        List<Assignment> open = em.createQuery("select a from Assignment a join a.instruction i join i.itemIds x, Receipt r "
                        + "where r.id = x and r.file = :file and i.source = :letter and a.status <> :accepted", Assignment.class)
                .setParameter("file", file).setParameter("letter", InstructionSource.GOVERNMENT_LETTER)
                .setParameter("accepted", AssignmentStatus.ACCEPTED).getResultList();
        for (Assignment a : open) {
            a.compliedByReply("उत्तर प्रेषित / Reply dispatched: " + e.reference(), e.actor().post(), e.actor().user(), e.at());
            samiksha.done(e.actor(), a, "COMPLIED_BY_REPLY");
        }
    }

    /** One page of the pending letters, by deadline: district-wide for the collector, the department's for its head. */
    public List<Row> pending(String departmentCode, boolean overdueOnly, int first, int max) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.INDIA));
        String dept = samiksha.reviewedDepartment(departmentCode);
        TypedQuery<Object[]> q = em.createQuery("select a, r" + from(dept, overdueOnly) + " order by a.deadline, a.id",
                Object[].class);
        bind(q, dept, overdueOnly, today);
        WorkingCalendar cal = workingDays.calendar();
        List<Row> rows = new ArrayList<>();
        for (Object[] ar : q.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE)).getResultList()) {
            Assignment a = (Assignment) ar[0];
            Receipt r = (Receipt) ar[1];
            Post holder = r.getFile() != null ? r.getFile().getHolder() : r.getHolder();
            int late = today.isAfter(a.getDeadline()) ? cal.workingDaysBetween(a.getDeadline(), today) : 0;
            rows.add(new Row(r.getId(), r.getNumber(), r.getSubject(), r.getSender() == null ? null : r.getSender().getName(),
                    r.getReceivedOn(), holder.getCode(), holder.name(false), holder.name(true),
                    a.getAssignee().getDepartment().getCode(), a.getDeadline(), a.getStatus(), late,
                    a.getInstruction().getId(), a.getInstruction().getNumber()));
        }
        return rows;
    }

    public long count(String departmentCode, boolean overdueOnly) {
        String dept = samiksha.reviewedDepartment(departmentCode);
        TypedQuery<Long> q = em.createQuery("select count(a)" + from(dept, overdueOnly), Long.class);
        bind(q, dept, overdueOnly, LocalDate.now(clock.withZone(WorkingCalendar.INDIA)));
        return q.getSingleResult();
    }

    private static String from(String dept, boolean overdueOnly) {
        return " from Assignment a join a.instruction i join i.itemIds x, Receipt r where r.id = x and i.source = :letter"
                + " and a.status <> :accepted"
                + (dept == null ? "" : " and a.assignee.section.department.code = :dept")
                + (overdueOnly ? " and a.deadline < :today" : "");
    }

    private static void bind(TypedQuery<?> q, String dept, boolean overdueOnly, LocalDate today) {
        q.setParameter("letter", InstructionSource.GOVERNMENT_LETTER).setParameter("accepted", AssignmentStatus.ACCEPTED);
        if (dept != null) {
            q.setParameter("dept", dept);
        }
        if (overdueOnly) {
            q.setParameter("today", today);
        }
    }
}
