package org.daftar.mis.pend;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.mis.pend.PendencyKind.Source;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is pending now, read from the live tables (work items, instruction parts, applications,
 * cases): for one item when it changes, and for all of a source when the nightly job recounts.
 * Each query reads only pending rows through the post that must act, never the movements.
 */
@Stateless
public class PendencyTruth {

    private static final String AT_POST = " JOIN post p ON p.id = %s JOIN org_section s ON s.id = p.section_id";

    // columns: id, what it is, the post that must act, its section, its department, start, due (or the priority)
    private static final Map<Source, String> PENDING = Map.of(
            Source.WORK_ITEM, "SELECT x.id, x.kind, x.holder_post_id, p.section_id, s.department_id, x.held_since, x.priority"
                    + " FROM work_item x" + AT_POST.formatted("x.holder_post_id") + " WHERE x.status IN ('ACTIVE', 'PARKED')",
            Source.ASSIGNMENT, "SELECT x.id, i.source, x.post_id, p.section_id, s.department_id, i.issued_at, x.deadline"
                    + " FROM assignment x JOIN instruction i ON i.id = x.instruction_id" + AT_POST.formatted("x.post_id")
                    + " WHERE x.status <> 'ACCEPTED'",
            Source.JANDARSHAN, "SELECT x.id, x.status, x.marked_post_id, p.section_id, s.department_id, x.received_at, x.deadline"
                    + " FROM jandarshan_application x" + AT_POST.formatted("x.marked_post_id") + " WHERE x.status = 'OPEN'",
            Source.REVENUE_CASE, "SELECT x.id, x.status, x.court_post_id, p.section_id, s.department_id, x.filed_on, x.due_on"
                    + " FROM revenue_case x" + AT_POST.formatted("x.court_post_id") + " WHERE x.status = 'PENDING'",
            Source.PENSION_CASE, "SELECT x.id, x.status, x.assigned_post_id, p.section_id, s.department_id, x.opened_at, x.retirement_date"
                    + " FROM pension_case x" + AT_POST.formatted("x.assigned_post_id") + " WHERE x.status <> 'COMPLETED'");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private SlaRules sla;

    /** Every item of {@code source} pending now. */
    public List<PendingItem> all(Source source) {
        Reader reader = reader(source);
        return rows(em.createNativeQuery(PENDING.get(source)).getResultList()).stream().map(reader::item).toList();
    }

    /** The item, if it is pending now. */
    public Optional<PendingItem> one(Source source, Long id) {
        return rows(em.createNativeQuery(PENDING.get(source) + " AND x.id = ?1").setParameter(1, id).getResultList())
                .stream().findFirst().map(reader(source)::item);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private Reader reader(Source source) {
        return new Reader(source, workingDays.calendar(), source == Source.WORK_ITEM ? sla.days(SlaKind.DESK) : Map.of());
    }

    /** Turns a row into an item: days in India, the kind, the due day (a desk's from its priority's limit). */
    private record Reader(Source source, WorkingCalendar calendar, Map<String, Integer> deskLimits) {

        PendingItem item(Object[] r) {
            String tag = r[1].toString().trim();
            LocalDate since = day(r[5]);
            PendencyKind kind = switch (source) {
                case WORK_ITEM -> PendencyKind.valueOf(tag);
                case ASSIGNMENT -> "GOVERNMENT_LETTER".equals(tag) ? PendencyKind.TL_LETTER : PendencyKind.INSTRUCTION;
                default -> PendencyKind.of(source).get(0);
            };
            LocalDate due = source == Source.WORK_ITEM
                    ? AgeBuckets.deskDue(since, deskLimits.get(r[6].toString().trim()), calendar) : day(r[6]);
            return new PendingItem(kind, id(r[0]), id(r[4]), id(r[3]), id(r[2]), since, due);
        }

        private static Long id(Object o) {
            return ((Number) o).longValue();
        }

        /** A DATE as it is; a TIMESTAMP (stored in UTC) as its day in India. */
        private static LocalDate day(Object o) {
            if (o instanceof Timestamp ts) {
                return ts.toLocalDateTime().atOffset(ZoneOffset.UTC).atZoneSameInstant(WorkingCalendar.INDIA).toLocalDate();
            }
            if (o instanceof java.sql.Date d) {
                return d.toLocalDate();
            }
            return (LocalDate) o;
        }
    }
}
