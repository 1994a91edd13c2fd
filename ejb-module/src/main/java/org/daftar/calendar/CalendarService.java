package org.daftar.calendar;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.daftar.audit.AuditLog;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The administrator keeps the holiday calendar; everyone's deadlines are counted on it. */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class CalendarService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private WorkingDays workingDays;

    @Resource
    private SessionContext ctx;

    @PermitAll
    public List<Holiday> holidays(int year) {
        return em.createNamedQuery("Holiday.inYear", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    @PermitAll
    public WeeklyOffRule weeklyOffRule(int year) {
        WeeklyOffRule r = em.find(WeeklyOffRule.class, year);
        return r != null ? r : WeeklyOffRule.standard(year);
    }

    public void setWeeklyOffRule(int year, boolean sundaysOff, int... saturdaysOff) {
        WeeklyOffRule r = em.find(WeeklyOffRule.class, year);
        try {
            if (r == null) {
                em.persist(new WeeklyOffRule(year, sundaysOff, saturdaysOff));
            } else {
                r.change(sundaysOff, saturdaysOff);
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        audit.record(actor(), "WEEKLY_OFF_CHANGED", "calendar:" + year,
                "sundays " + sundaysOff + ", saturdays " + Arrays.toString(saturdaysOff), null);
        workingDays.changed();
    }

    public Holiday saveHoliday(Long id, @NotNull LocalDate day, String nameEn, String nameHi, @NotNull HolidayKind kind) {
        Long clash = em.createQuery("select count(h) from Holiday h where h.day = :d and h.id <> :id", Long.class)
                .setParameter("d", day).setParameter("id", id == null ? -1L : id).getSingleResult();
        if (clash > 0) {
            throw new BusinessException("holiday.date.taken");
        }
        Holiday h;
        if (id == null) {
            h = new Holiday(day, nameEn, nameHi, kind);
            em.persist(h);
        } else {
            h = require(id);
            h.reschedule(day, kind);
            h.rename(nameEn, nameHi);
        }
        em.flush();
        audit.record(actor(), id == null ? "HOLIDAY_ADDED" : "HOLIDAY_CHANGED", "holiday:" + day, nameEn, null);
        workingDays.changed();
        return h;
    }

    public void deleteHoliday(Long id) {
        Holiday h = require(id);
        em.remove(h);
        audit.record(actor(), "HOLIDAY_REMOVED", "holiday:" + h.getDay(), h.getName().getEn(), null);
        workingDays.changed();
    }

    private Holiday require(Long id) {
        Holiday h = id == null ? null : em.find(Holiday.class, id);
        if (h == null) {
            throw new BusinessException("holiday.notFound");
        }
        return h;
    }

    private String actor() {
        return ctx.getCallerPrincipal().getName();
    }
}
