package org.daftar.benchmark;

import org.daftar.audit.AuditEntry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.SplittableRandom;

/**
 * Files, receipts and instructions with their whole history, written in chunks (parents flushed
 * before children, one commit per chunk). Each item is generated in time order from its creation to
 * today the way the services would have recorded it: movements on working days, the per-item audit
 * chain (one entry per movement and per note, hashed exactly as ItemAudit does, so the track page
 * verifies it), the posts that held it, notes, disposals, and gapless numbers per series.
 */
final class Items implements AutoCloseable {
    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final int CHUNK = 500;
    /** Movements of each long-lived file (CREATE included): the track page's worst case. */
    static final int LONG_TRACK = 200;
    /** Posts that hold most of the pendency: a few heads and section officers. */
    private static final int BUSY = 24;

    private final Connection c;
    private final Tables tables;
    private final District org;
    private final WorkDays days;
    private final Instant now;
    private final LocalDate today;
    private final SplittableRandom random;
    private final int[] busy = new int[BUSY];
    private final Map<String, Integer> series = new HashMap<>();
    private long workId;
    private long movementId;
    private long noteId;
    private long disposalId;
    private long instructionId;
    private long assignmentId;
    private long eventId;
    private long stepId;
    private int inChunk;
    /** The escalation poller has not run since this day began: the generator's last working day. */
    private final LocalDate sweepDay;
    private final OpenDeadlines deadlines;

    private final Table work, efile, receipt, movement, holders, audit, note, disposal, instruction, assignment, event, step;
    private final List<Table> ordered;

    Items(Connection c, Tables tables, District org, WorkDays days, Instant now, long seed, long files) throws SQLException {
        this.c = c;
        this.tables = tables;
        this.org = org;
        this.days = days;
        this.now = now;
        this.today = LocalDate.ofInstant(now, INDIA);
        this.sweepDay = days.isWorking(today) ? today : days.before(today);
        this.deadlines = new OpenDeadlines(files, files / 5);
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < BUSY; i++) {
            busy[i] = i % 4 == 0 ? org.hodPost[1 + i / 4] : org.officer(i * 7);
        }
        work = tables.open("work_item", "id", "kind", "item_number", "subject", "category", "priority", "urgency",
                "section_id", "status", "holder_post_id", "held_since", "opened", "reply_by", "status_reason",
                "created_by_post_id", "created_by_user_id", "created_at", "last_seq", "audit_seq", "audit_hash", "version");
        efile = tables.open("efile", "id", "subject_head_id", "file_year", "serial", "confidential", "last_para", "last_c_no");
        receipt = tables.open("receipt", "id", "diary_year", "serial", "sender_name", "sender_designation", "sender_org",
                "sender_address", "mode", "letter_number", "letter_date", "received_on", "file_id");
        movement = tables.open("movement", "id", "item_id", "seq", "action", "from_post_id", "to_post_id",
                "actor_user_id", "moved_at", "remark", "reply_by");
        holders = tables.open("item_holder", "item_id", "post_id");
        audit = tables.open("item_audit", "item_id", "seq", "occurred_at", "actor", "audit_action", "detail", "prev_hash", "hash");
        note = tables.open("note", "id", "file_id", "para_no", "author_user_id", "author_post_id", "written_at",
                "edited_at", "body", "permanent", "version");
        disposal = tables.open("disposal", "id", "user_id", "post_id", "item_id", "kind", "work_date", "occurred_at");
        instruction = tables.open("instruction", "id", "instruction_number", "source", "body", "priority", "deadline",
                "deadline_moved", "issued_by_user_id", "issued_by_post_id", "issued_at", "version");
        assignment = tables.open("assignment", "id", "instruction_id", "post_id", "status", "deadline", "compliance",
                "submitted_at", "closed_at", "version");
        event = tables.open("assignment_event", "id", "assignment_id", "kind", "actor_user_id", "actor_post_id", "occurred_at",
                "body", "new_deadline");
        step = tables.open("escalation_step", "id", "assignment_id", "step_no", "kind", "due_on", "target_post_id", "status",
                "fired_at", "version");
        ordered = List.of(work, efile, receipt, movement, holders, audit, note, disposal, instruction, assignment, event, step);
    }

    /** The posts that hold most of the pendency (for the report and the benchmark). */
    int[] busyPosts() { return busy.clone(); }

    // ---- one item's history -----------------------------------------------------------------

    /** The item being generated: its holder, time, chains and counters. */
    private final class Item {
        final long id = ++workId;
        final int creator;
        final Instant createdAt;
        final Set<Integer> held = new LinkedHashSet<>();
        int holder;
        Instant at;
        Instant heldSince;
        int seq;
        int auditSeq;
        String hash = AuditEntry.GENESIS;
        String status = "ACTIVE";
        String reason;
        int paras;
        boolean noted;
        /** Who sent or returned it to its holder (a return goes back there); -1 when nobody did. */
        int sender = -1;

        Item(int creator, Instant at) throws SQLException {
            this.creator = creator;
            this.holder = creator;
            this.at = at;
            this.createdAt = at;
            move("CREATE", creator, null);
        }

        District.Post post(int index) { return org.posts.get(index); }

        /** A movement from the holder ({@code PULL_BACK}: by the post that takes it back, {@code to}). */
        void move(String action, int to, String remark) throws SQLException {
            District.Post from = post(holder);
            District.Post actor = action.equals("PULL_BACK") ? post(to) : from;
            movement.row(++movementId, id, ++seq, action, from.id(), post(to).id(), actor.userId(), at, remark, null);
            chain(actor.login(), action, from.code() + "-" + from.id() + " -> " + post(to).code() + "-" + post(to).id()
                    + (remark == null ? "" : ": " + remark));
            boolean forward = action.equals("SEND") || action.equals("RETURN");
            String kind = action.equals("CLOSE") ? "CLOSE" : noted && forward ? "FORWARD_WITH_NOTE" : null;
            if (kind != null) {
                disposal.row(++disposalId, from.userId(), from.id(), id, kind, LocalDate.ofInstant(at, INDIA), at);
            }
            noted = false;
            sender = forward ? holder : action.equals("PULL_BACK") ? -1 : sender;
            if (!action.equals("CLOSE")) {
                holder = to;
                heldSince = at;
                if (held.add(to)) {
                    holders.row(id, post(to).id());
                }
            }
        }

        void note(String body) throws SQLException {
            District.Post by = post(holder);
            Instant written = at.plus(5 + random.nextInt(55), ChronoUnit.MINUTES);
            if (written.isAfter(now)) {
                return;
            }
            at = written;
            note.row(++noteId, id, ++paras, by.userId(), by.id(), at, null, body, true, 1);
            chain(by.login(), "NOTE_WRITTEN", "para " + paras + " sha256=" + AuditEntry.sha256(body).substring(0, 16));
            noted = true;
        }

        private void chain(String actor, String action, String detail) throws SQLException {
            int n = ++auditSeq;
            String h = AuditEntry.sha256(Long.toString(id), Integer.toString(n), Long.toString(at.toEpochMilli()),
                    actor, action, detail, hash);
            audit.row(id, n, at, actor, action, detail, hash, h);
            hash = h;
        }

        /** A few minutes later, the same day (false when that would be after now). */
        boolean soon() {
            Instant next = at.plus(3 + random.nextInt(20), ChronoUnit.MINUTES);
            if (next.isAfter(now)) {
                return false;
            }
            at = next;
            return true;
        }

        /** Advances to a later working moment; false when that would be after now (the item stays where it is). */
        boolean later(int maxWorkingDays) {
            Instant next = moment(days.plus(LocalDate.ofInstant(at, INDIA), random.nextInt(maxWorkingDays + 1)));
            if (!next.isAfter(at)) {
                next = at.plus(10 + random.nextInt(50), ChronoUnit.MINUTES);
            }
            if (next.isAfter(now)) {
                return false;
            }
            at = next;
            return true;
        }

        void close(String remark) throws SQLException {
            move("CLOSE", holder, remark);
            status = "CLOSED";
            reason = remark;
        }

        void writeWork(String kind, String number, String subject, int section) throws SQLException {
            String priority = random.nextInt(10) == 0 ? "IMMEDIATE" : random.nextInt(30) == 0 ? "MOST_IMMEDIATE" : "ORDINARY";
            int urgency = priority.equals("ORDINARY") ? 0 : priority.equals("IMMEDIATE") ? 1 : 2;
            District.Post by = post(creator);
            boolean pending = !status.equals("CLOSED");
            work.row(id, kind, number, subject, category(), priority, urgency, org.sections.get(section).id(), status,
                    post(holder).id(), heldSince, !pending || random.nextInt(3) > 0, null, reason, by.id(), by.userId(),
                    createdAt, seq, auditSeq, hash, 1);
        }
    }

    // ---- files ----------------------------------------------------------------------------------

    /** File number {@code i} of {@code total}, created at its place on a 3-year time line. */
    void file(long i, long total) throws SQLException {
        int section = skewedSection();
        District.Section s = org.sections.get(section);
        int creator = s.firstPost() + random.nextInt(s.posts());
        Item f = new Item(creator, created(i, total));
        boolean pending = random.nextDouble() < pendingChance(f.at);
        int sends = random.nextInt(19);
        for (int k = 0; k < sends; k++) {
            if (random.nextInt(9) < 5) {
                f.note(Texts.pick(Texts.NOTES, random));
            }
            if (!f.later(k == 0 ? 1 : 3)) {
                break;
            }
            boolean last = k == sends - 1;
            if (!last && f.sender >= 0 && random.nextInt(8) == 0) {
                f.move("RETURN", f.sender, Texts.pick(Texts.RETURNS, random));
                continue;
            }
            int to = last && pending && random.nextInt(10) < 7 ? busy[skew(BUSY)] : next(section, f.holder);
            if (to != f.holder) {
                int from = f.holder;
                f.move("SEND", to, Texts.pick(Texts.REMARKS, random));
                if (!last && random.nextInt(40) == 0 && f.soon()) {
                    f.move("PULL_BACK", from, Texts.pick(Texts.PULL_BACKS, random));
                }
            }
        }
        if (longLived(i, total)) {
            backAndForth(f, section);
        } else if (!pending && f.later(5)) {
            f.close(Texts.pick(Texts.CLOSINGS, random));
        } else if (pending && random.nextInt(10) == 0 && f.later(2)) {
            f.reason = Texts.pick(Texts.PARKINGS, random);
            f.move("PARK", f.holder, f.reason);
            f.status = "PARKED";
        }
        int head = random.nextInt(District.HEADS_PER_SECTION);
        int year = LocalDate.ofInstant(f.createdAt, INDIA).getYear();
        long headId = District.headId(section, head);
        int serial = series.merge("F/" + headId + "/" + year, 1, Integer::sum);
        String number = Texts.DEPARTMENTS[s.department()][0] + "/" + s.code() + "/" + District.headCode(section, head) + "/" + String.format("%04d", serial) + "/" + year;
        f.writeWork("FILE", number, Texts.subject(random), section);
        efile.row(f.id, headId, year, serial, false, f.paras, 0);
        chunkDone();
    }

    /** A handful of files, created in the older half of the time line, that went back and forth {@value #LONG_TRACK} times. */
    private static boolean longLived(long i, long total) {
        long count = Math.min(total, Math.max(5, total / 500));
        long step = Math.max(1, total / (2 * count));
        return i % step == 0 && i / step < count;
    }

    /**
     * A long-lived file moves up and down its section's line (assistant, section officer, head),
     * with notes, until it has {@value #LONG_TRACK} movements: sent up, returned to the sender,
     * sent down again for compliance. It is still in work.
     */
    private void backAndForth(Item f, int section) throws SQLException {
        District.Section s = org.sections.get(section);
        int officer = org.officer(section);
        int head = org.hodPost[s.department()];
        int assistant = f.creator != officer && f.creator != head ? f.creator : s.firstPost() + s.posts() - 1;
        if (f.holder != assistant && f.holder != officer && f.holder != head) {
            f.move("SEND", officer, Texts.pick(Texts.REMARKS, random));
        }
        while (f.seq < LONG_TRACK && f.later(2)) {
            if (random.nextBoolean()) {
                f.note(Texts.pick(Texts.NOTES, random));
            }
            boolean up = f.holder == assistant || f.holder == officer && f.sender != head && random.nextBoolean();
            if (f.holder == officer && f.sender == head) {
                f.move("SEND", assistant, Texts.pick(Texts.REMARKS, random));
            } else if (up) {
                f.move("SEND", f.holder == assistant ? officer : head, Texts.pick(Texts.REMARKS, random));
            } else {
                f.move("RETURN", f.sender >= 0 ? f.sender : f.holder == officer ? assistant : officer, Texts.pick(Texts.RETURNS, random));
            }
        }
    }

    /** Receipt (dak) number {@code i} of {@code total}: diarised, sent to a dealing desk, mostly disposed of. */
    void receipt(long i, long total) throws SQLException {
        int section = skewedSection();
        District.Section s = org.sections.get(section);
        Item r = new Item(s.firstPost() + random.nextInt(s.posts()), created(i, total));
        boolean pending = random.nextDouble() < pendingChance(r.at);
        if (r.later(1)) {
            int to = pending && random.nextInt(10) < 7 ? busy[skew(BUSY)] : next(section, r.holder);
            if (to != r.holder) {
                r.move("SEND", to, Texts.pick(Texts.REMARKS, random));
            }
            if (!pending && r.later(6)) {
                r.close(Texts.pick(Texts.CLOSINGS, random));
            }
        }
        LocalDate received = LocalDate.ofInstant(r.createdAt, INDIA);
        int year = received.getYear();
        int serial = series.merge("R/" + s.id() + "/" + year, 1, Integer::sum);
        r.writeWork("RECEIPT", s.code() + "/" + serial + "/" + year, Texts.subject(random), section);
        String[] sender = Texts.person(random.nextInt(300));
        receipt.row(r.id, year, serial, sender[random.nextInt(2)], null, null, null,
                List.of("POST", "BY_HAND", "EMAIL", "EOFFICE").get(random.nextInt(4)), "L/" + (1 + random.nextInt(9999)),
                received.minusDays(1 + random.nextInt(10)), received, null);
        chunkDone();
    }

    // ---- instructions ------------------------------------------------------------------------

    /**
     * Instruction {@code i} of {@code total}, issued by the collector to one to three heads of department,
     * with every assignee's escalation ladder as SamikshaService plans it (a reminder one working day
     * before the deadline, then the collector on the first working day after it; the head of
     * department of a head's own line is the head itself and is left out). Rungs due before the last
     * working day have fired (DONE, with their event) or were moot (SKIPPED); the latest instructions
     * are still open, with pending rungs planned by {@link OpenDeadlines}.
     */
    void instruction(long i, long total) throws SQLException {
        Instant issued = created(i, total);
        LocalDate day = LocalDate.ofInstant(issued, INDIA);
        OpenDeadlines.Kind open = deadlines.kind(i);
        LocalDate deadline = open == null ? days.plus(day, 5 + random.nextInt(16)) : switch (open) {
            case ESCALATION_DUE -> days.before(sweepDay);
            case REMINDER_DUE -> days.plus(sweepDay, 1);
            case RUNNING -> days.plus(sweepDay, 2 + random.nextInt(120));
        };
        int serial = series.merge("I/" + day.getYear(), 1, Integer::sum);
        long id = ++instructionId;
        District.Post collector = org.posts.get(org.hodPost[0]);
        boolean hindi = random.nextBoolean();
        String body = (hindi ? "विषय: " : "Subject: ") + Texts.subject(random)
                + (hindi ? " — समय-सीमा में कार्यवाही कर पालन प्रतिवेदन प्रस्तुत करें।" : " — act within the time limit and report compliance.");
        instruction.row(id, "SS/" + day.getYear() + "/" + String.format("%04d", serial),
                List.of("COLLECTOR_ORDER", "GOVERNMENT_LETTER", "JANSUNWAI").get(random.nextInt(3)), body,
                random.nextInt(5) == 0 ? "IMMEDIATE" : "ORDINARY", deadline, false, collector.userId(), collector.id(), issued, 1);
        Set<Integer> to = new LinkedHashSet<>();
        for (int n = open == null ? 1 + random.nextInt(3) : deadlines.assignees(i, random); to.size() < n; ) {
            to.add(org.hodPost[1 + skew(District.DEPARTMENTS - 1)]);
        }
        for (int post : to) {
            String status = "OPEN";
            Instant submitted = null;
            Instant closed = null;
            if (open == null) {
                int r = random.nextInt(100);
                status = r < 85 ? "ACCEPTED" : r < 90 ? "SUBMITTED" : "OPEN";
                submitted = status.equals("OPEN") ? null : moment(days.plus(day, 1 + random.nextInt(5)));
                closed = status.equals("ACCEPTED") ? submitted.plus(1, ChronoUnit.DAYS) : null;
            }
            District.Post assignee = org.posts.get(post);
            long a = ++assignmentId;
            String compliance = submitted == null ? null : hindi ? "निर्देशानुसार कार्यवाही पूर्ण की गई।" : "Action taken as directed.";
            assignment.row(a, id, assignee.id(), status, deadline, compliance, submitted, closed, 1);
            event.row(++eventId, a, "ISSUED", collector.userId(), collector.id(), issued, null, deadline);
            // the ladder; a rung fires in the first minute of its day if the part is still open then
            int stepNo = 0;
            LocalDate remindOn = days.before(deadline);
            List<Object[]> rungs = new ArrayList<>();
            if (remindOn.isAfter(day)) {
                rungs.add(new Object[]{"REMIND", remindOn, assignee});
            }
            rungs.add(new Object[]{"ESCALATE", days.plus(deadline, 1), collector});
            boolean reported = false;
            for (Object[] rung : rungs) {
                LocalDate due = (LocalDate) rung[1];
                District.Post target = (District.Post) rung[2];
                Instant firing = due.atTime(0, 1).atZone(INDIA).toInstant();
                if (!reported && submitted != null && submitted.isBefore(firing)) {
                    event.row(++eventId, a, "COMPLIANCE_SUBMITTED", assignee.userId(), assignee.id(), submitted, compliance, null);
                    reported = true;
                }
                String state = !due.isBefore(sweepDay) ? "PENDING" : reported ? "SKIPPED" : "DONE";
                boolean fired = state.equals("DONE");
                step.row(++stepId, a, ++stepNo, rung[0], due, target.id(), state, fired ? firing : null, 1);
                if (fired) {
                    event.row(++eventId, a, rung[0].equals("REMIND") ? "REMINDED" : "ESCALATED", null, target.id(), firing, target.code(), null);
                }
            }
            if (!reported && submitted != null) {
                event.row(++eventId, a, "COMPLIANCE_SUBMITTED", assignee.userId(), assignee.id(), submitted, compliance, null);
            }
            if (closed != null) {
                event.row(++eventId, a, "ACCEPTED", collector.userId(), collector.id(), closed, null, null);
            }
        }
        chunkDone();
    }

    private void chunkDone() throws SQLException {
        if (++inChunk == CHUNK) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (Table t : ordered) {
            t.flush();
        }
        c.commit();
        inChunk = 0;
    }

    /** The number series, consistent with the numbers generated: the app continues after the last one. */
    void writeSeries() throws SQLException {
        flush();
        try (Batch b = new Batch(c, "number_series", "series_key", "last_value")) {
            for (var e : series.entrySet()) {
                b.row(e.getKey(), e.getValue());
            }
        }
        c.commit();
    }

    Map<String, Integer> series() { return series; }

    long ids(String table) {
        return switch (table) {
            case "work_item" -> workId;
            case "movement" -> movementId;
            case "note" -> noteId;
            case "disposal" -> disposalId;
            case "instruction" -> instructionId;
            case "assignment" -> assignmentId;
            case "assignment_event" -> eventId;
            case "escalation_step" -> stepId;
            default -> throw new IllegalArgumentException(table);
        };
    }

    // ---- choices ---------------------------------------------------------------------------------

    /** Sections by a power law: the first ones (revenue, land records, …) get most of the work. */
    private int skewedSection() { return skew(District.SECTIONS); }

    private int skew(int n) {
        double u = random.nextDouble();
        return (int) (n * u * u * u);
    }

    /** Where a desk sends a file: up to its officer, down to an assistant, or to the head. */
    private int next(int section, int from) {
        District.Section s = org.sections.get(section);
        int officer = org.officer(section);
        int r = random.nextInt(10);
        if (from != officer && r < 6) {
            return officer;
        }
        if (r < 8) {
            return s.firstPost() + random.nextInt(s.posts());
        }
        return org.hodPost[s.department()];
    }

    /** Young items are often still pending; old ones almost never. */
    private double pendingChance(Instant created) {
        long age = ChronoUnit.DAYS.between(created, now);
        return age < 30 ? 0.6 : age < 365 ? 0.12 : 0.02;
    }

    /** Item {@code i} of {@code total}, spread evenly over the last three years, on a working day in office hours. */
    private Instant created(long i, long total) {
        LocalDate start = today.minusYears(3);
        long span = ChronoUnit.DAYS.between(start, today);
        Instant t = moment(start.plusDays(span * i / total));
        return t.isAfter(now) ? moment(days.before(today)) : t;
    }

    /** A time between 10:00 and 17:30 on a working day (the day itself, or the next working one). */
    private Instant moment(LocalDate d) {
        return days.onOrAfter(d).atTime(10, 0).plusMinutes(random.nextInt(450)).atZone(INDIA).toInstant();
    }

    private String category() {
        int r = random.nextInt(20);
        return r < 12 ? "GENERAL" : List.of("TL_LETTER", "JANDARSHAN", "REVENUE_CASE", "PENSION", "RTI", "COURT_CASE",
                "VIP_REFERENCE", "GENERAL").get(r - 12);
    }

    /** The open deadlines planned: pending rungs in all, and those due at the first sweep. */
    OpenDeadlines deadlines() { return deadlines; }

    /**
     * Ends the load, parents before children. Where the tables allow it (Derby's imports take minutes
     * at a million files), the histories, which have no foreign keys, load beside the other tables.
     */
    @Override
    public void close() throws SQLException {
        List<List<Table>> groups = tables.loaders() == 1 ? List.of(ordered)
                : List.of(ordered.stream().filter(t -> t != movement && t != holders && t != audit).toList(),
                List.of(movement, holders), List.of(audit));
        Progress p = new Progress(System.out, "load", ordered.size());
        Map<String, Double> took = new ConcurrentHashMap<>();
        AtomicInteger loaded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(groups.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Table> group : groups) {
                running.add(pool.submit(() -> {
                    for (Table t : group) {
                        long start = System.nanoTime();
                        t.close();
                        took.put(t.name(), (System.nanoTime() - start) / 1e9);
                        synchronized (p) {
                            p.at(loaded.incrementAndGet());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException s ? s : new SQLException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(e);
        } finally {
            pool.shutdown();
        }
        p.done();
        StringBuilder line = new StringBuilder("loaded (s):");
        ordered.forEach(t -> line.append(' ').append(t.name()).append(String.format(" %.0f", took.get(t.name()))));
        System.out.println(line);
    }
}
