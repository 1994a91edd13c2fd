package org.daftar.mis.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One person's record over a range of days, as far as the daily discipline rule cares: the days they
 * held a post (an employee has obligations only then), their leave, the days they logged in and how
 * many files/receipts they disposed of each day.
 */
public final class Attendance {

    private record Span(LocalDate from, LocalDate to, LeaveKind kind) {
        boolean covers(LocalDate d) { return !d.isBefore(from) && (to == null || !d.isAfter(to)); }
    }

    private final List<Span> posts = new ArrayList<>();
    private final List<Span> leave = new ArrayList<>();
    private final Set<LocalDate> logins = new HashSet<>();
    private final Map<LocalDate, Long> disposals = new HashMap<>();

    /** A post held from {@code from} to {@code to} (null: still held). */
    public Attendance heldPost(LocalDate from, LocalDate to) {
        posts.add(new Span(from, to, null));
        return this;
    }

    public Attendance onLeave(LocalDate from, LocalDate to, LeaveKind kind) {
        leave.add(new Span(from, to, kind));
        return this;
    }

    public Attendance loggedIn(LocalDate day) {
        logins.add(day);
        return this;
    }

    public Attendance disposed(LocalDate day, long count) {
        disposals.merge(day, count, Long::sum);
        return this;
    }

    public boolean isEmployedOn(LocalDate day) { return posts.stream().anyMatch(s -> s.covers(day)); }

    public Optional<LeaveKind> leaveOn(LocalDate day) {
        return leave.stream().filter(s -> s.covers(day)).map(Span::kind).findFirst();
    }

    public boolean isLoggedInOn(LocalDate day) { return logins.contains(day); }

    public long disposalsOn(LocalDate day) { return disposals.getOrDefault(day, 0L); }

    /** The first day a post was held, if ever. */
    public Optional<LocalDate> employedSince() {
        return posts.stream().map(Span::from).min(LocalDate::compareTo);
    }
}
