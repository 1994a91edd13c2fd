package org.daftar.mis.pack;

import org.daftar.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a pack is built for: the meeting date, and the moment it is built — its figures are the
 * state of that moment ({@code today} in India), counted in the district's working days.
 */
public record PackScope(LocalDate meetingDate, Instant now, LocalDate today, WorkingCalendar calendar) {

    /** Working days from {@code limit} to today, 0 while the limit has not passed. */
    public int daysOver(LocalDate limit) {
        return limit != null && today.isAfter(limit) ? calendar.workingDaysBetween(limit, today) : 0;
    }
}
