package org.daftar.benchmark;

import org.daftar.audit.AuditEntry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Posts that hold most of the pendency: a few heads and section officers. */
    private static final int BUSY = 24;

    private final Connection c;
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
    private int inChunk;

    private final Batch work, efile, receipt, movement, holders, audit, note, disposal, instruction, assignment;
    private final List<Batch> ordered;

    Items(Connection c, District org, WorkDays days, Instant now, long seed) throws SQLException {
        this.c = c;
        this.org = org;
        this.days = days;
        this.now = now;
        this.today = LocalDate.ofInstant(now, INDIA);
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < BUSY; i++) {
            busy[i] = i % 4 == 0 ? org.hodPost[1 + i / 4] : org.officer(i * 7);
        }
        work = new Batch(c, "work_item", "id", "kind", "item_number", "subject", "category", "priority", "urgency",
                "section_id", "status", "holder_post_id", "held_since", "opened", "reply_by", "status_reason",
                "created_by_post_id", "created_by_user_id", "created_at", "last_seq", "audit_seq", "audit_hash", "version");
        efile = new Batch(c, "efile", "id", "subject_head_id", "file_year", "serial", "confidential", "last_para", "last_c_no");
        receipt = new Batch(c, "receipt", "id", "diary_year", "serial", "sender_name", "sender_designation", "sender_org",
                "sender_address", "mode", "letter_number", "letter_date", "received_on", "file_id");
        movement = new Batch(c, "movement", "id", "item_id", "seq", "action", "from_post_id", "to_post_id",
                "actor_user_id", "moved_at", "remark", "reply_by");
        holders = new Batch(c, "item_holder", "item_id", "post_id");
        audit = new Batch(c, "item_audit", "item_id", "seq", "occurred_at", "actor", "audit_action", "detail", "prev_hash", "hash");
        note = new Batch(c, "note", "id", "file_id", "para_no", "author_user_id", "author_post_id", "written_at",
                "edited_at", "body", "permanent", "version");
        disposal = new Batch(c, "disposal", "id", "user_id", "post_id", "item_id", "kind", "work_date", "occurred_at");
        instruction = new Batch(c, "instruction", "id", "instruction_number", "source", "body", "priority", "deadline",
                "deadline_moved", "issued_by_user_id", "issued_by_post_id", "issued_at", "version");
        assignment = new Batch(c, "assignment", "id", "instruction_id", "post_id", "status", "deadline", "compliance",
                "submitted_at", "closed_at", "version");
        ordered = List.of(work, efile, receipt, movement, holders, audit, note, disposal, instruction, assignment);
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

        Item(int creator, Instant at) throws SQLException {
            this.creator = creator;
            this.holder = creator;
            this.at = at;
            this.createdAt = at;
            move("CREATE", creator, null);
        }

        District.Post post(int index) { return org.posts.get(index); }

        void move(String action, int to, String remark) throws SQLException {
            District.Post from = post(holder);
            movement.row(++movementId, id, ++seq, action, from.id(), post(to).id(), from.userId(), at, remark, null);
            chain(from.login(), action, from.code() + "-" + from.id() + " -> " + post(to).code() + "-" + post(to).id()
                    + (remark == null ? "" : ": " + remark));
            String kind = action.equals("CLOSE") ? "CLOSE" : noted && !action.equals("CREATE") ? "FORWARD_WITH_NOTE" : null;
            if (kind != null) {
                disposal.row(++disposalId, from.userId(), from.id(), id, kind, LocalDate.ofInstant(at, INDIA), at);
            }
            noted = false;
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
            int to = last && pending && random.nextInt(10) < 7 ? busy[skew(BUSY)] : next(section, f.holder);
            if (to != f.holder) {
                f.move("SEND", to, Texts.pick(Texts.REMARKS, random));
            }
        }
        if (!pending && f.later(5)) {
            f.close(Texts.pick(Texts.CLOSINGS, random));
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

    /** Instruction {@code i} of {@code total}, issued by the collector to one to three heads of department. */
    void instruction(long i, long total) throws SQLException {
        Instant issued = created(i, total);
        LocalDate day = LocalDate.ofInstant(issued, INDIA);
        LocalDate deadline = days.plus(day, 5 + random.nextInt(16));
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
        for (int n = 1 + random.nextInt(3); to.size() < n; ) {
            to.add(org.hodPost[1 + skew(District.DEPARTMENTS - 1)]);
        }
        for (int post : to) {
            boolean overdue = deadline.isBefore(today);
            int r = random.nextInt(100);
            String status = overdue ? (r < 85 ? "ACCEPTED" : r < 90 ? "SUBMITTED" : "OPEN") : (r < 30 ? "SUBMITTED" : "OPEN");
            Instant submitted = status.equals("OPEN") ? null : moment(days.plus(day, 1 + random.nextInt(5)));
            submitted = submitted == null || submitted.isBefore(now) ? submitted : issued;
            Instant closed = status.equals("ACCEPTED") ? submitted.plus(1, ChronoUnit.DAYS) : null;
            assignment.row(++assignmentId, id, org.posts.get(post).id(), status, deadline,
                    submitted == null ? null : hindi ? "निर्देशानुसार कार्यवाही पूर्ण की गई।" : "Action taken as directed.",
                    submitted, closed != null && closed.isAfter(now) ? submitted : closed, 1);
        }
        chunkDone();
    }

    private void chunkDone() throws SQLException {
        if (++inChunk == CHUNK) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (Batch b : ordered) {
            b.flush();
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

    @Override
    public void close() throws SQLException {
        for (Batch b : ordered) {
            b.close();
        }
    }
}
