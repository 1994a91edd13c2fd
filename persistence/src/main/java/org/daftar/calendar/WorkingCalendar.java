package org.daftar.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days of the district: every deadline and every delay in Daftar is counted in these.
 * A day is a working day unless it is a weekly off under its year's rule or a holiday. Days are
 * days in India (Asia/Kolkata), whatever the server's time zone.
 */
public final class WorkingCalendar {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    /** Guards against a calendar that has (by mistake) no working day at all. */
    private static final int MAX_SCAN_DAYS = 3660;

    private final Map<Integer, WeeklyOffRule> rules;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Collection<WeeklyOffRule> rules, Collection<LocalDate> holidays) {
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(WeeklyOffRule::getYear, Function.identity()));
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !holidays.contains(day) && !rule(day.getYear()).isWeeklyOff(day);
    }

    public boolean isHoliday(LocalDate day) { return holidays.contains(day); }

    /** Today in India, once its clock shows {@code at}, if today is a working day: when a daily job of that hour is due. */
    public Optional<LocalDate> workingTodayFrom(Instant now, LocalTime at) {
        var india = now.atZone(INDIA);
        LocalDate today = india.toLocalDate();
        return isWorkingDay(today) && !india.toLocalTime().isBefore(at) ? Optional.of(today) : Optional.empty();
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; !isWorkingDay(d); i++) {
            guard(i);
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The working day {@code n} working days after {@code start}: a letter received on Friday with
     * a limit of 1 working day is due on Monday (when Saturday is a second Saturday). {@code n = 0}
     * gives {@code start} itself if it is a working day, else the next one.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative working days: " + n);
        }
        LocalDate d = onOrAfter(start);
        int scanned = 0;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            guard(scanned++);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days elapsed from {@code from} to {@code to}: the number of working days after the
     * day of {@code from} up to and including the day of {@code to}, both taken in India. A file
     * received and sent on the same day was held 0 days; received Monday, sent Tuesday, 1 day.
     * Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(from.atZone(INDIA).toLocalDate(), to.atZone(INDIA).toLocalDate());
    }

    /**
     * The time between two instants that fell on working days in India: a file that arrived on
     * Friday at 15:00 and left on Monday at 11:00, with the weekend off, was held 20 hours.
     */
    public java.time.Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return java.time.Duration.ZERO;
        }
        java.time.Duration total = java.time.Duration.ZERO;
        LocalDate last = to.atZone(INDIA).toLocalDate();
        for (LocalDate d = from.atZone(INDIA).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                Instant start = d.atStartOfDay(INDIA).toInstant();
                Instant end = d.plusDays(1).atStartOfDay(INDIA).toInstant();
                Instant a = start.isBefore(from) ? from : start;
                Instant b = end.isAfter(to) ? to : end;
                total = total.plus(java.time.Duration.between(a, b));
            }
        }
        return total;
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@link #workingDaysBetween(LocalDate, LocalDate)} from each of {@code froms} to {@code to}, in
     * one walk back over the calendar instead of one walk per day: the ages of a district's pending
     * work by the day it arrived.
     */
    public Map<LocalDate, Integer> workingDaysBetween(Collection<LocalDate> froms, LocalDate to) {
        Map<LocalDate, Integer> days = new java.util.HashMap<>();
        LocalDate newer = to;
        int count = 0;
        for (LocalDate from : new java.util.TreeSet<>(froms).descendingSet()) {
            if (from.isAfter(to)) {
                days.put(from, workingDaysBetween(from, to));
                continue;
            }
            count += workingDaysBetween(from, newer);
            newer = from;
            days.put(from, count);
        }
        return days;
    }

    private WeeklyOffRule rule(int year) {
        WeeklyOffRule r = rules.get(year);
        return r != null ? r : WeeklyOffRule.standard(year);
    }

    private static void guard(int i) {
        if (i > MAX_SCAN_DAYS) {
            throw new IllegalStateException("calendar has no working day within ten years");
        }
    }
}
