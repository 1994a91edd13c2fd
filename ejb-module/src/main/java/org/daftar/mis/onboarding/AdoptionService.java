package org.daftar.mis.onboarding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.mis.onboarding.OnboardingRows.Adoption;
import org.daftar.org.Department;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adoption: how much of each department's work went through e-Office in a week (Monday to Sunday,
 * India time) — receipts diarised, files opened, movements, notes — against the paper files its
 * nodal officer declares it still used. Every count is a range scan over an index by date.
 */
@Stateless
public class AdoptionService {

    public static final int TREND_WEEKS = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The Monday of the week {@code day} is in (today's week when null). */
    public LocalDate weekOf(LocalDate day) {
        return (day == null ? LocalDate.now(clock) : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every active department's figures for the week of {@code day}. */
    public List<Adoption> week(LocalDate day) {
        LocalDate monday = weekOf(day);
        Instant from = start(monday);
        Instant to = start(monday.plusWeeks(1));
        Map<Long, Long> receipts = new HashMap<>();
        Map<Long, Long> files = new HashMap<>();
        for (Object[] r : em.createQuery("select s.department.id, w.kind, count(w) from WorkItem w join w.section s"
                        + " where w.createdAt >= :from and w.createdAt < :to group by s.department.id, w.kind", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            ("FILE".equals(r[1]) ? files : receipts).put((Long) r[0], ((Number) r[2]).longValue());
        }
        Map<Long, Long> movements = grouped("select s.department.id, count(m) from Movement m join m.fromPost p join p.section s"
                + " where m.movedAt >= :from and m.movedAt < :to group by s.department.id", from, to);
        Map<Long, Long> notes = grouped("select s.department.id, count(n) from Note n join n.authorPost p join p.section s"
                + " where n.writtenAt >= :from and n.writtenAt < :to group by s.department.id", from, to);
        Map<Long, PhysicalFiles> physical = new HashMap<>();
        em.createQuery("select f from PhysicalFiles f where f.weekStart = :w", PhysicalFiles.class).setParameter("w", monday)
                .getResultList().forEach(f -> physical.put(f.getDepartment().getId(), f));

        List<Adoption> rows = new ArrayList<>();
        for (Department d : em.createQuery("select d from Department d where d.active = :t order by d.code", Department.class)
                .setParameter("t", true).getResultList()) {
            Long id = d.getId();
            PhysicalFiles p = physical.get(id);
            long opened = files.getOrDefault(id, 0L);
            Integer paper = p == null ? null : p.getCount();
            rows.add(new Adoption(id, d.getCode(), d.getName().getEn(), d.getName().getHi(), monday,
                    receipts.getOrDefault(id, 0L), opened, movements.getOrDefault(id, 0L), notes.getOrDefault(id, 0L),
                    paper, p == null ? null : p.getDeclaredBy(), OnboardingRows.digitalShare(opened, paper)));
        }
        return rows;
    }

    /** The last {@value #TREND_WEEKS} weeks up to the week of {@code day}, oldest first, of one department or (null) the district. */
    public List<Adoption> trend(Long departmentId, LocalDate day) {
        Department d = departmentId == null ? null : onboarding.department(departmentId);
        LocalDate last = weekOf(day);
        List<Adoption> weeks = new ArrayList<>();
        for (int i = TREND_WEEKS - 1; i >= 0; i--) {
            LocalDate monday = last.minusWeeks(i);
            Instant from = start(monday);
            Instant to = start(monday.plusWeeks(1));
            String dept = d == null ? "" : " and s.department = :d";
            long receipts = count("select count(w) from WorkItem w join w.section s where w.createdAt >= :from and w.createdAt < :to"
                    + " and w.kind = 'RECEIPT'" + dept, from, to, d);
            long files = count("select count(w) from WorkItem w join w.section s where w.createdAt >= :from and w.createdAt < :to"
                    + " and w.kind = 'FILE'" + dept, from, to, d);
            long movements = count("select count(m) from Movement m join m.fromPost p join p.section s"
                    + " where m.movedAt >= :from and m.movedAt < :to" + dept, from, to, d);
            long notes = count("select count(n) from Note n join n.authorPost p join p.section s"
                    + " where n.writtenAt >= :from and n.writtenAt < :to" + dept, from, to, d);
            TypedQuery<Long> paper = em.createQuery("select sum(f.count) from PhysicalFiles f where f.weekStart = :w"
                    + (d == null ? "" : " and f.department = :d"), Long.class).setParameter("w", monday);
            Long declared = (d == null ? paper : paper.setParameter("d", d)).getSingleResult();
            Integer physical = declared == null ? null : declared.intValue();
            weeks.add(new Adoption(d == null ? null : d.getId(), d == null ? null : d.getCode(),
                    d == null ? null : d.getName().getEn(), d == null ? null : d.getName().getHi(), monday,
                    receipts, files, movements, notes, physical, null, OnboardingRows.digitalShare(files, physical)));
        }
        return weeks;
    }

    /** The nodal officer (or head, collector/ADM, administrator) declares the paper files still used in a week. */
    public void declarePhysicalFiles(Long departmentId, LocalDate day, Integer count) {
        Department d = onboarding.department(departmentId);
        User actor = onboarding.mayRecord(d);
        if (count == null) {
            throw new BusinessException("adoption.physical.invalid");
        }
        LocalDate monday = weekOf(day);
        if (monday.isAfter(weekOf(null))) {
            throw new BusinessException("onboarding.date.future");
        }
        PhysicalFiles f = em.createQuery("select f from PhysicalFiles f where f.department = :d and f.weekStart = :w", PhysicalFiles.class)
                .setParameter("d", d).setParameter("w", monday).getResultStream().findFirst().orElse(null);
        if (f == null) {
            f = new PhysicalFiles(d, monday);
            em.persist(f);
        }
        try {
            f.declare(count, actor.getLoginId(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        audit.record(actor.getLoginId(), "PHYSICAL_FILES_DECLARED", "department:" + d.getCode(), monday + " " + count, null);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.INDIA).toInstant();
    }

    private Map<Long, Long> grouped(String jpql, Instant from, Instant to) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private long count(String jpql, Instant from, Instant to, Department d) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("from", from).setParameter("to", to);
        return (d == null ? q : q.setParameter("d", d)).getSingleResult();
    }
}
