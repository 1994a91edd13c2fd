package org.daftar.cases;

import org.daftar.calendar.WorkingCalendar;

import java.time.LocalDate;

/**
 * The clock and the number of a revenue case. "Dispose within a week" is counted in working days
 * of the district calendar (Sundays, the second and fourth Saturdays and holidays don't count), so
 * a limit of 7 is 7 working days after the filing date, whatever holidays fall in between.
 */
public final class RevenueRule {

    /** "Dispose within a week": working days, when the limit table has no row for the case type. */
    public static final int DEFAULT_LIMIT_DAYS = 7;

    private RevenueRule() {
    }

    /** The last day to dispose of a case filed on {@code filedOn}: {@code limitDays} working days later. */
    public static LocalDate dueOn(WorkingCalendar calendar, LocalDate filedOn, int limitDays) {
        return calendar.addWorkingDays(filedOn, limitDays);
    }

    /** A pending case is overdue from the day after its due date; a disposed one never is. */
    public static boolean isOverdue(RevenueCaseStatus status, LocalDate dueOn, LocalDate today) {
        return status == RevenueCaseStatus.PENDING && today.isAfter(dueOn);
    }

    /** {@code RC/REV-THL-TEH/2026/0012}: the court's post, the year and the serial of that court's register. */
    public static String caseNumber(String courtPostCode, int year, int serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial starts at 1: " + serial);
        }
        return String.format(java.util.Locale.ROOT, "RC/%s/%d/%04d", courtPostCode, year, serial);
    }

    /** The key of the gapless series of a court post's register for a year. */
    public static String series(Long courtPostId, int year) {
        return "RC/" + courtPostId + "/" + year;
    }
}
