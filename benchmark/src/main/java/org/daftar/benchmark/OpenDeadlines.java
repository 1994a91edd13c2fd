package org.daftar.benchmark;

import java.util.SplittableRandom;

/**
 * Which of the latest instructions are still open, so that the escalation poller finds exactly
 * {@code files / 5} pending rungs (the "200 k open deadlines" per million files), of which
 * {@code files / 200} are due on the generator's last working day ("5 k of them due"). Every open
 * part belongs to a head of department and has two rungs (a reminder, then the collector):
 * <ul>
 * <li>{@link Kind#ESCALATION_DUE}: the deadline was the working day before; the escalation is due (one pending rung);</li>
 * <li>{@link Kind#REMINDER_DUE}: the deadline is the next working day; the reminder is due (two pending rungs);</li>
 * <li>{@link Kind#RUNNING}: the deadline is further ahead (two pending rungs, none due).</li>
 * </ul>
 * The open instructions are the last ones issued, in that order; each kind has as many instructions
 * as half its parts, and their assignee counts (one to three) add up exactly.
 */
final class OpenDeadlines {

    enum Kind { ESCALATION_DUE, REMINDER_DUE, RUNNING }

    private final long[] parts = new long[Kind.values().length];
    private final long[] firstInstruction = new long[Kind.values().length + 1];
    private final long[] partsLeft = new long[Kind.values().length];

    OpenDeadlines(long files, long instructions) {
        long open = files / 5;
        long due = files / 200;
        long escalations = due / 2;
        long reminders = due - escalations;
        // running parts bring two pending rungs each: what is left for them must be even
        if ((open - due - reminders) % 2 != 0 && reminders > 0) {
            reminders--;
            escalations++;
        }
        parts[Kind.ESCALATION_DUE.ordinal()] = escalations;
        parts[Kind.REMINDER_DUE.ordinal()] = reminders;
        parts[Kind.RUNNING.ordinal()] = Math.max(0, (open - due - reminders) / 2);
        long count = 0;
        for (Kind k : Kind.values()) {
            count += (parts[k.ordinal()] + 1) / 2;
        }
        long at = instructions - count;
        if (at < 0) {
            throw new IllegalArgumentException(files + " files are too few for the open deadlines");
        }
        for (Kind k : Kind.values()) {
            firstInstruction[k.ordinal()] = at;
            at += (parts[k.ordinal()] + 1) / 2;
            partsLeft[k.ordinal()] = parts[k.ordinal()];
        }
        firstInstruction[Kind.values().length] = at;
    }

    /** The kind of open instruction {@code i} is (they are generated in order), or null for a closed one. */
    Kind kind(long i) {
        for (Kind k : Kind.values()) {
            if (i >= firstInstruction[k.ordinal()] && i < firstInstruction[k.ordinal() + 1]) {
                return k;
            }
        }
        return null;
    }

    /** How many heads open instruction {@code i} goes to: one to three, so that its kind's parts add up exactly. */
    int assignees(long i, SplittableRandom random) {
        Kind k = kind(i);
        long instructionsLeft = firstInstruction[k.ordinal() + 1] - i;
        long left = partsLeft[k.ordinal()];
        long n = Math.max(Math.max(1, left - 3 * (instructionsLeft - 1)), Math.min(Math.min(3, left - (instructionsLeft - 1)), 1 + random.nextInt(3)));
        partsLeft[k.ordinal()] -= n;
        return (int) n;
    }

    /** Pending rungs in all (due ones included) and the due ones. */
    long pending() { return parts[0] + 2 * parts[1] + 2 * parts[2]; }

    long due() { return parts[0] + parts[1]; }
}
