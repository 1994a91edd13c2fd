package org.daftar.cases;

import org.daftar.org.Post;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When a pension case is opened, and on whose desk. The state asks that a pension case be started
 * three months before an employee retires; Daftar opens it {@code leadDays} (default 90) calendar
 * days ahead.
 */
public final class PensionRule {

    private PensionRule() {
    }

    /**
     * Whether an employee retiring on {@code retirement} is due for a pension case on {@code today}:
     * retirement falls within the next {@code leadDays} days, today included (an employee serves on
     * the day they retire). Someone already retired is not: Daftar opens cases for serving employees
     * only — on the first run of a new installation it must not flood the establishment desk with
     * the cases of every past retiree, whose pensions the office's old register already follows.
     */
    public static boolean isDue(LocalDate retirement, LocalDate today, int leadDays) {
        if (retirement == null || leadDays < 0) {
            return false;
        }
        return !retirement.isBefore(today) && !retirement.isAfter(today.plusDays(leadDays));
    }

    /** The last retirement date that is due on {@code today} (the first one is {@code today} itself). */
    public static LocalDate lastDueRetirement(LocalDate today, int leadDays) {
        return today.plusDays(Math.max(leadDays, 0));
    }

    /**
     * The establishment post of a department that gets its pension cases: the first active staff
     * post (one no post reports to: a section officer is not one) whose code starts with {@code <DEPT>-EST-}, by code —
     * {@code EDU-EST-AG2-1} in the demo district — else the department's {@code <DEPT>-HOD} post.
     *
     * @param posts the posts of the department
     */
    public static Optional<Post> establishmentPost(String departmentCode, Collection<Post> posts) {
        String prefix = departmentCode + "-EST-";
        Optional<Post> staff = posts.stream()
                .filter(p -> p.isActive() && p.getCode().startsWith(prefix))
                .filter(p -> posts.stream().noneMatch(q -> q.getReportsTo() != null && q.getReportsTo().equals(p)))
                .min(Comparator.comparing(Post::getCode));
        if (staff.isPresent()) {
            return staff;
        }
        String head = departmentCode + "-HOD";
        return posts.stream().filter(p -> p.isActive() && p.getCode().equals(head)).findFirst();
    }
}
