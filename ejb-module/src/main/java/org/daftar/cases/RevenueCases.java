package org.daftar.cases;

import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyLedger;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.efile.Numbering;
import org.daftar.org.Codes;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.user.User;
import org.daftar.efile.Desks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The registers of the revenue courts: a holder of the court's post files a case (numbered per
 * court and year), records its hearings and disposes of it. Limits are working days per case type
 * (an SLA rule, default 7); overdue is read from the clock, never stored. A court's
 * cases are read by the posts of the court's department and by the collector and ADMs; the
 * district-wide list shows each person the courts of their own departments.
 */
@Stateless
public class RevenueCases {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private Numbering numbering;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private PendencyLedger pendency;

    @Inject
    private SlaRules sla;

    public CaseRows.RevenueCaseRow file(RevenueCaseForm f) {
        if (f == null) {
            throw new BusinessException("revenueCase.court.required");
        }
        Post court = courtPost(f.courtPost());
        User user = desks.caller();
        if (!user.holds(court)) {
            throw BusinessException.forbidden("revenueCase.notCourtHolder", court.getCode());
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingCalendar.INDIA).toLocalDate();
        // everything typed is checked before a number is taken, so a refusal never uses one up
        RevenueCase.check(f.court(), f.type(), f.subject(), f.applicant(), f.respondent(), f.filedOn(), today);
        int year = today.getYear();
        int serial = numbering.next(RevenueRule.series(court.getId(), year));
        RevenueCase c = new RevenueCase(f.court(), court, year, serial, f.type(), f.subject(), f.applicant(),
                f.respondent(), f.filedOn(), limitDays(f.type()), workingDays.calendar(), user, now);
        em.persist(c);
        em.flush();
        pendency.refresh(PendencyKind.Source.REVENUE_CASE, c.getId());
        audit.record(user.getLoginId(), "REVENUE_CASE_FILED", "revenue:" + c.getId(), c.getNumber(), null);
        return CaseRows.RevenueCaseRow.of(c, today);
    }

    public CaseRows.RevenueCaseRow addHearing(Long caseId, LocalDate date, String note) {
        RevenueCase c = lockedForCourt(caseId);
        c.addHearing(date, note, workingDays.calendar(), clock.instant());
        pendency.refresh(PendencyKind.Source.REVENUE_CASE, c.getId());
        audit.record(desks.caller().getLoginId(), "REVENUE_HEARING_ADDED", "revenue:" + c.getId(),
                c.getNumber() + " on " + date, null);
        return CaseRows.RevenueCaseRow.of(c, today());
    }

    /** Disposes of the case with the court's order, on {@code disposedOn} (null: today). */
    public CaseRows.RevenueCaseRow dispose(Long caseId, LocalDate disposedOn, String order) {
        RevenueCase c = lockedForCourt(caseId);
        User user = desks.caller();
        c.dispose(disposedOn, order, user, clock.instant());
        pendency.refresh(PendencyKind.Source.REVENUE_CASE, c.getId());
        audit.record(user.getLoginId(), "REVENUE_CASE_DISPOSED", "revenue:" + c.getId(),
                c.getNumber() + " on " + c.getDisposedOn(), null);
        return CaseRows.RevenueCaseRow.of(c, today());
    }

    public CaseRows.RevenueCaseRow get(Long caseId) {
        RevenueCase c = require(caseId, LockModeType.NONE);
        User user = desks.caller();
        if (!CaseReaders.mayReadRevenueCases(user, c.getCourtPost().getDepartment())) {
            audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", "revenue:" + c.getId(), "read", null);
            throw BusinessException.forbidden("revenueCase.otherDepartment", c.getCourtPost().getDepartment().getCode());
        }
        return CaseRows.RevenueCaseRow.of(c, today());
    }


    /**
     * A court's register or the whole district's: by the court's post code, status and overdue
     * (each may be null: all), the earliest due date first.
     */
    public CaseRows.Page<CaseRows.RevenueCaseRow> list(String courtPostCode, RevenueCaseStatus status, Boolean overdue,
                                                       int first, int max) {
        String court = courtPostCode == null || courtPostCode.isBlank() ? null : Codes.normalise(courtPostCode);
        LocalDate today = today();
        User user = desks.caller();
        List<String> conditions = new ArrayList<>();
        Set<String> mine = null;
        if (court != null) {
            Post post = courtPost(court);
            if (!CaseReaders.mayReadRevenueCases(user, post.getDepartment())) {
                audit.recordAlone(user.getLoginId(), "ACCESS_DENIED", "revenue-list:" + court, "list", null);
                throw BusinessException.forbidden("revenueCase.otherDepartment", post.getDepartment().getCode());
            }
            conditions.add("c.courtPost.code = :court");
        } else if (!CaseReaders.readsAllRevenueCases(user)) {
            mine = CaseReaders.departmentsOf(user);
            // an empty IN list is not SQL: a person without posts matches no court
            mine = mine.isEmpty() ? Set.of("") : mine;
            conditions.add("c.courtPost.section.department.code in :mine");
        }
        if (status != null) {
            conditions.add("c.status = :status");
        }
        if (Boolean.TRUE.equals(overdue)) {
            conditions.add("c.status = :pending and c.dueOn < :today");
        } else if (Boolean.FALSE.equals(overdue)) {
            conditions.add("(c.status <> :pending or c.dueOn >= :today)");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<RevenueCase> q = em.createQuery("select c from RevenueCase c" + where + " order by c.dueOn, c.id",
                RevenueCase.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from RevenueCase c" + where, Long.class);
        for (TypedQuery<?> t : List.of(q, count)) {
            if (court != null) {
                t.setParameter("court", court);
            }
            if (mine != null) {
                t.setParameter("mine", mine);
            }
            if (status != null) {
                t.setParameter("status", status);
            }
            if (overdue != null) {
                t.setParameter("pending", RevenueCaseStatus.PENDING).setParameter("today", today);
            }
        }
        List<CaseRows.RevenueCaseRow> items = q.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE)).getResultList().stream()
                .map(c -> CaseRows.RevenueCaseRow.of(c, today)).toList();
        return new CaseRows.Page<>(count.getSingleResult(), items);
    }

    /** Working days allowed for a case type: its SLA rule, else 7. */
    public int limitDays(RevenueCaseType type) {
        return type == null ? RevenueRule.DEFAULT_LIMIT_DAYS : sla.days(SlaKind.REVENUE_CASE, type.name());
    }

    private Post courtPost(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("revenueCase.courtPost.required");
        }
        String c = Codes.normalise(code);
        return em.createNamedQuery("Post.byCode", Post.class).setParameter("code", c).getResultStream()
                .filter(Post::isActive).findFirst()
                .orElseThrow(() -> new BusinessException("revenueCase.courtPost.unknown", c));
    }

    /** The case, locked for the change, when the caller holds its court's post. */
    private RevenueCase lockedForCourt(Long caseId) {
        RevenueCase c = require(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (!desks.caller().holds(c.getCourtPost())) {
            throw BusinessException.forbidden("revenueCase.notCourtHolder", c.getCourtPost().getCode());
        }
        return c;
    }

    private RevenueCase require(Long caseId, LockModeType lock) {
        RevenueCase c = caseId == null ? null : em.find(RevenueCase.class, caseId, lock);
        if (c == null) {
            throw BusinessException.notFound("revenueCase.notFound");
        }
        return c;
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.INDIA).toLocalDate();
    }
}
