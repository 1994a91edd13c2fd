package org.daftar.calendar;

import jakarta.persistence.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.Collectors;

/**
 * Which weekdays are off in a year. State governments change this by order (some years every
 * Saturday is off, most years only the second and fourth), so it is kept per year.
 */
@Entity
@Table(name = "weekly_off_rule")
public class WeeklyOffRule {

    @Id
    @Column(name = "rule_year")
    private int year;

    @Column(name = "sundays_off", nullable = false)
    private boolean sundaysOff = true;

    /** Which Saturdays of the month are off, e.g. "2,4"; "1,2,3,4,5" for every Saturday; empty for none. */
    @Column(name = "saturdays_off", nullable = false, length = 12)
    private String saturdaysOff = "2,4";

    /** {@link #saturdaysOff} parsed once: every working-day count asks it of each Saturday. */
    @Transient
    private volatile BitSet saturdayBits;

    protected WeeklyOffRule() {
    }

    public WeeklyOffRule(int year, boolean sundaysOff, int... saturdaysOff) {
        this.year = year;
        change(sundaysOff, saturdaysOff);
    }

    /** The rule in force when the administrator has not set one for the year. */
    public static WeeklyOffRule standard(int year) {
        return new WeeklyOffRule(year, true, 2, 4);
    }

    public void change(boolean sundaysOff, int... saturdaysOff) {
        if (Arrays.stream(saturdaysOff).anyMatch(n -> n < 1 || n > 5)) {
            throw new IllegalArgumentException("calendar.saturday.invalid");
        }
        this.sundaysOff = sundaysOff;
        this.saturdaysOff = Arrays.stream(saturdaysOff).distinct().sorted()
                .mapToObj(Integer::toString).collect(Collectors.joining(","));
        this.saturdayBits = null;
    }

    public boolean isWeeklyOff(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return sundaysOff;
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return saturdays().get((day.getDayOfMonth() - 1) / 7 + 1);
        }
        return false;
    }

    public int[] saturdayNumbers() {
        return saturdaysOff.isBlank() ? new int[0]
                : Arrays.stream(saturdaysOff.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private BitSet saturdays() {
        BitSet bits = saturdayBits;
        if (bits == null) {
            bits = new BitSet(6);
            for (int n : saturdayNumbers()) {
                bits.set(n);
            }
            saturdayBits = bits;
        }
        return bits;
    }

    public int getYear() { return year; }
    public boolean isSundaysOff() { return sundaysOff; }
    public String getSaturdaysOff() { return saturdaysOff; }
}
