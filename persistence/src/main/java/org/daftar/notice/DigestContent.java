package org.daftar.notice;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.samiksha.Assignment;
import org.daftar.samiksha.Standing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one person's morning digest says: how many items wait in their inbox, how many of their
 * instructions are due within two working days ({@link Standing#DUE_SOON}) and how many are overdue, and the
 * most pressing of them with links. It travels as the arguments of a {@code notice.digest}
 * notification, so the mail (and the bell) word it in the reader's language.
 */
public record DigestContent(long pending, long dueSoon, long overdue, List<Line> top) {

    public static final String KEY = "notice.digest";
    public static final int TOP = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** One item of the digest: its number, deadline (if any), a short text and its page (relative to the application). */
    public record Line(String number, LocalDate deadline, String text, String link) {

        String render(String baseUrl) {
            String shortText = text == null ? "" : text.length() <= 80 ? text : text.substring(0, 79) + "…";
            return "• " + number + (deadline == null ? "" : " (" + DATE.format(deadline) + ")") + " — " + shortText
                    + "\n  " + baseUrl + "/" + link;
        }
    }

    public DigestContent {
        top = List.copyOf(top);
    }

    /**
     * The digest of a person who has {@code pending} items in their inbox ({@code inboxTop} the most
     * pressing, already in order) and these instruction parts open on their posts, as of {@code today}:
     * overdue parts first, then those due soon, each by deadline, then the inbox.
     */
    public static DigestContent of(long pending, List<Line> inboxTop, List<Assignment> open, LocalDate today,
                                   WorkingCalendar calendar) {
        List<Assignment> overdue = new ArrayList<>();
        List<Assignment> dueSoon = new ArrayList<>();
        for (Assignment a : open) {
            switch (a.standing(today, calendar)) {
                case OVERDUE -> overdue.add(a);
                case DUE_SOON -> dueSoon.add(a);
                default -> { }
            }
        }
        Comparator<Assignment> byDeadline = Comparator.comparing(Assignment::getDeadline);
        overdue.sort(byDeadline);
        dueSoon.sort(byDeadline);
        List<Line> top = new ArrayList<>();
        overdue.forEach(a -> top.add(line(a)));
        dueSoon.forEach(a -> top.add(line(a)));
        top.addAll(inboxTop);
        return new DigestContent(pending, dueSoon.size(), overdue.size(), top.stream().limit(TOP).toList());
    }

    private static Line line(Assignment a) {
        return new Line(a.getInstruction().getNumber(), a.getDeadline(), a.getInstruction().getText(), "samiksha/mine.xhtml");
    }

    /** Nothing pending, due soon or overdue: no digest is sent. */
    public boolean isEmpty() {
        return pending == 0 && dueSoon == 0 && overdue == 0;
    }

    /** The notification's arguments: {0} day, {1} pending, {2} due soon, {3} overdue, {4} the top items, {5} the application. */
    public List<String> args(LocalDate day, String baseUrl) {
        return List.of(DATE.format(day), Long.toString(pending), Long.toString(dueSoon), Long.toString(overdue),
                top.stream().limit(TOP).map(l -> l.render(baseUrl)).collect(Collectors.joining("\n")), baseUrl + "/");
    }
}
