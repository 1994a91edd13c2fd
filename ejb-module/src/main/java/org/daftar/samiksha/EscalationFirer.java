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
import org.daftar.notice.Notification;
import org.daftar.user.User;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Fires one escalation rung in a transaction of its own. The row is locked first, so of two
 * servers polling at once one fires it and the other finds it done; the event on the assignment,
 * the notifications (with their mails queued) and "done" commit together or not at all.
 */
@Stateless
public class EscalationFirer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fire(Long stepId) {
        EscalationStep step = em.find(EscalationStep.class, stepId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (step == null || !step.fire(now.atZone(WorkingCalendar.INDIA).toLocalDate(), now)) {
            return false;
        }
        Assignment a = step.getAssignment();
        String key = step.getKind() == EscalationStep.Kind.REMIND ? "notice.reminded" : "notice.escalated";
        List<String> args = List.of(a.getInstruction().getNumber(), a.getAssignee().getCode(), DATE.format(a.getDeadline()),
                a.getInstruction().getText());
        for (User u : em.createQuery("select pa.user from PostAssignment pa where pa.post = :p and pa.toDate is null", User.class)
                .setParameter("p", step.getTarget()).getResultList()) {
            em.persist(new Notification(u, key, args, null, true, now));
        }
        audit.record("system", step.getKind() == EscalationStep.Kind.REMIND ? "INSTRUCTION_REMINDED" : "INSTRUCTION_ESCALATED",
                "assignment:" + a.getId(), a.getInstruction().getNumber() + " " + a.getAssignee().getCode() + " -> "
                        + step.getTarget().getCode() + " (step " + step.getStepNo() + ")", null);
        return true;
    }
}
