package org.daftar.mis.pack;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.org.Post;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;

/** How the pack's parts write posts, people and days in their cells. */
public final class PackText {

    private PackText() {
    }

    /** A post as the pack names it: its Hindi designation and code. */
    public static String post(Post p) {
        return p == null ? "" : p.name(true) + " (" + p.getCode() + ")";
    }

    /** An employee as the pack names them: Hindi name and employee code. */
    public static String employee(User u) {
        return u.getNameHi() + " (" + u.getEmployeeCode() + ")";
    }

    /** The day in India of {@code at}. */
    public static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(WorkingCalendar.INDIA).toLocalDate();
    }
}
