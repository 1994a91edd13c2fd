package org.daftar.samiksha;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.platform.BusinessException;

import java.time.LocalDate;

/**
 * A deadline as the collector gives it: a date, or N working days from today on the district's
 * holiday calendar. A date that falls on a holiday moves to the next working day, and says so.
 */
public record Deadline(LocalDate date, boolean movedFromHoliday) {

    public static final int MAX_WORKING_DAYS = 365;

    public static Deadline of(LocalDate requested, Integer workingDays, LocalDate today, WorkingCalendar calendar) {
        if ((requested == null) == (workingDays == null)) {
            throw new BusinessException("instruction.deadline.required");
        }
        if (workingDays != null) {
            if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
                throw new BusinessException("instruction.deadline.workingDays", MAX_WORKING_DAYS);
            }
            return new Deadline(calendar.addWorkingDays(today, workingDays), false);
        }
        if (requested.isBefore(today)) {
            throw new BusinessException("instruction.deadline.past");
        }
        return onWorkingDay(requested, calendar);
    }

    /**
     * A time-limit letter's reply deadline: the reply-by date the letter names (on the next working
     * day if it is a holiday), else {@code defaultDays} working days from the day it was received.
     */
    public static Deadline forLetter(LocalDate replyBy, LocalDate receivedOn, int defaultDays, WorkingCalendar calendar) {
        return replyBy != null ? onWorkingDay(replyBy, calendar)
                : new Deadline(calendar.addWorkingDays(receivedOn, defaultDays), false);
    }

    private static Deadline onWorkingDay(LocalDate requested, WorkingCalendar calendar) {
        LocalDate working = calendar.onOrAfter(requested);
        return new Deadline(working, !working.equals(requested));
    }
}
