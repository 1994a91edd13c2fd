package org.daftar.samiksha;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.notice.Notices;
import org.daftar.org.Post;
import org.daftar.user.User;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fires escalation rungs in a transaction of their own. The rows are locked first, so of two
 * servers polling at once one fires each and the other finds it done; the event on the assignment,
 * the notifications (with their mails queued) and "done" commit together or not at all.
 */
@Stateless
public class EscalationFirer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Where an assignee answers: the link of the notifications that ask something of them. */
    static final String MINE = "samiksha/mine.xhtml";
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Notices notices;

    @Inject
    private Clock clock;

    /**
     * Fires the rungs {@code stepIds} in one transaction, all or none; returns how many fired (the
     * others were done meanwhile or had become moot). The rows are locked in one statement first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fire(List<Long> stepIds) {
        List<EscalationStep> steps = em.createQuery("select s from EscalationStep s where s.id in :ids", EscalationStep.class)
                .setParameter("ids", stepIds).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // what firing reads of each rung, fetched for the whole batch at once rather than row by row
                .setHint(BATCH, "s.assignment").setHint(BATCH, "s.assignment.instruction")
                .setHint(BATCH, "s.assignment.assignee").setHint(BATCH, "s.target").setHint(BATCH_TYPE, "IN")
                .getResultList().stream()
                // in ladder order: rungs of one part fired together keep their order in its history
                .sorted(Comparator.comparing(EscalationStep::getDueOn).thenComparing(EscalationStep::getId)).toList();
        // read before anything is written, so that no query in the loop flushes the batch's writes one rung at a time
        Map<Post, List<User>> holders = notices.holders(steps.stream().map(EscalationStep::getTarget).collect(Collectors.toSet()));
        Instant now = clock.instant();
        List<EscalationStep> fired = new ArrayList<>();
        Set<Assignment> told = new HashSet<>();
        for (EscalationStep step : steps) {
            if (!told.add(step.getAssignment())) {
                // a second rung of one part in this batch: the first one's event is written first, so
                // the part's history keeps the ladder's order (the provider orders a flush's inserts freely)
                em.flush();
                told.clear();
                told.add(step.getAssignment());
            }
            if (fire(step, holders.getOrDefault(step.getTarget(), List.of()), now)) {
                fired.add(step);
            }
        }
        fired.forEach(this::audit); // after every notice: see AuditLog#record
        return fired.size();
    }

    private boolean fire(EscalationStep step, List<User> holders, Instant now) {
        if (!step.fire(now.atZone(WorkingCalendar.INDIA).toLocalDate(), now)) {
            return false;
        }
        Assignment a = step.getAssignment();
        String key = step.getKind() == EscalationStep.Kind.REMIND ? "notice.reminded" : "notice.escalated";
        for (User u : holders) {
            notices.to(u, key, args(a), step.getKind() == EscalationStep.Kind.REMIND ? MINE : null, true);
        }
        return true;
    }

    private void audit(EscalationStep step) {
        Assignment a = step.getAssignment();
        audit.record("system", step.getKind() == EscalationStep.Kind.REMIND ? "INSTRUCTION_REMINDED" : "INSTRUCTION_ESCALATED",
                "assignment:" + a.getId(), a.getInstruction().getNumber() + " " + a.getAssignee().getCode() + " -> "
                        + step.getTarget().getCode() + " (step " + step.getStepNo() + ")", null);
    }

    /** The arguments of every notification about an assignment: {0} instruction number, {1} assignee post, {2} deadline, {3} text. */
    static List<String> args(Assignment a) {
        return List.of(a.getInstruction().getNumber(), a.getAssignee().getCode(), DATE.format(a.getDeadline()),
                a.getInstruction().getText());
    }
}
