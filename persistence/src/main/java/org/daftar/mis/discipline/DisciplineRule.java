package org.daftar.mis.discipline;

import org.daftar.calendar.WorkingCalendar;

import org.daftar.user.Role;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The collector's order: every employee logs in on every working day and disposes of at least
 * {@code minimumDisposals} files or receipts. Holidays and weekly offs carry no obligation, nor do
 * days on leave, tour or training, nor days before the person held a post.
 */
public record DisciplineRule(int minimumDisposals, WorkingCalendar calendar) {

    /** The roles that make a person holding a post an employee under the rule: an administrator alone is not one. */
    public static final Set<Role> EMPLOYEE_ROLES = Collections.unmodifiableSet(EnumSet.of(Role.STAFF, Role.OFFICER, Role.HOD, Role.COLLECTOR));

    /** How far back a run of missed days is counted (calendar days before the day looked at). */
    public static final int LOOKBACK_DAYS = 90;

    public DisciplineRule {
        if (minimumDisposals < 1) {
            throw new IllegalArgumentException("at least one disposal a day: " + minimumDisposals);
        }
    }

    /** Whether the rule asks anything of the person on {@code day}. */
    public boolean isDue(Attendance a, LocalDate day) {
        return calendar.isWorkingDay(day) && a.isEmployedOn(day) && a.leaveOn(day).isEmpty();
    }

    /** Logged in and disposed of enough that day (whether or not the day was due). */
    public boolean isMet(Attendance a, LocalDate day) {
        return a.isLoggedInOn(day) && a.disposalsOn(day) >= minimumDisposals;
    }

    public boolean isDefaulter(Attendance a, LocalDate day) {
        return isDue(a, day) && !isMet(a, day);
    }

    /**
     * Working days missed in a row up to and including {@code day}: counted back over the days that
     * were due, stepping over holidays, weekly offs and leave (they neither count nor break the run),
     * until a day the rule was met, or {@link #LOOKBACK_DAYS} back. 0 when {@code day} itself was
     * met or not due.
     */
    public int missedInARow(Attendance a, LocalDate day) {
        if (!isDefaulter(a, day)) {
            return 0;
        }
        LocalDate limit = day.minusDays(LOOKBACK_DAYS);
        int missed = 0;
        for (LocalDate d = day; d.isAfter(limit); d = d.minusDays(1)) {
            if (!isDue(a, d)) {
                continue;
            }
            if (isMet(a, d)) {
                break;
            }
            missed++;
        }
        return missed;
    }
}
