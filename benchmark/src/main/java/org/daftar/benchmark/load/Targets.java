package org.daftar.benchmark.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the scenarios aim at, read over JDBC before the application boots (embedded Derby admits one
 * process): the busiest desk and a login holding it, a file with 200 movements, Hindi words
 * that occur in subjects, and files for forwarding that ping-pong between pairs of busy desks.
 */
public record Targets(long files, Desk busiest, long trackFileId, int trackMovements, String trackLogin,
                      List<String> hindiWords, List<Slot> slots, List<Desk> forwardDesks) {

    /** A post and the login that holds it as its primary charge. */
    public record Desk(String login, String postCode, long postId, int pending) {}

    /**
     * A file on its way between two desks: {@code holder} holds it now and sends it to {@code other};
     * after each forward the two swap, so the files never run out.
     */
    public record Slot(long fileId, Desk holder, Desk other) {
        public Slot swapped() {
            return new Slot(fileId, other, holder);
        }
    }

    static final int FORWARD_DESKS = 8;
    /**
     * The track scenario's file has this many movements (the generator's long-lived files), or the
     * nearest number: the file with the most would be one that earlier forwarding runs on the same
     * district moved hundreds of times more, and its track would grow from run to run.
     */
    static final int TRACK_MOVEMENTS = 200;
    static final int MAX_SLOTS = 600;

    public static Targets find(Connection c) throws SQLException {
        long files = single(c, "SELECT COUNT(*) FROM efile");
        List<Desk> desks = busyDesks(c, FORWARD_DESKS + 1);
        if (desks.size() < 3) {
            throw new IllegalStateException("the district has fewer than three busy desks with a login; was it generated?");
        }
        Desk busiest = desks.get(0);
        List<Desk> forwardDesks = desks.subList(1, desks.size() - (desks.size() - 1) % 2);
        long trackFile;
        int movements;
        long holderPost;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT w.id, w.holder_post_id FROM work_item w WHERE w.kind = 'FILE'"
                        + " ORDER BY ABS(w.last_seq - " + TRACK_MOVEMENTS + "), w.id FETCH FIRST 1 ROWS ONLY");
             ResultSet r = s.executeQuery()) {
            r.next();
            trackFile = r.getLong(1);
            holderPost = r.getLong(2);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM movement WHERE item_id = ?")) {
            s.setLong(1, trackFile);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                movements = r.getInt(1);
            }
        }
        String trackLogin = loginOf(c, holderPost).orElse("collector");
        return new Targets(files, busiest, trackFile, movements, trackLogin, hindiWords(c, 5),
                slots(c, forwardDesks), forwardDesks);
    }

    /** Posts by their number of active items, each with the login that holds it. */
    private static List<Desk> busyDesks(Connection c, int wanted) throws SQLException {
        List<Desk> desks = new ArrayList<>();
        List<String> logins = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT w.holder_post_id, COUNT(*) AS n FROM work_item w WHERE w.status = 'ACTIVE' "
                        + "GROUP BY w.holder_post_id ORDER BY n DESC FETCH FIRST 60 ROWS ONLY");
             ResultSet r = s.executeQuery()) {
            while (r.next() && desks.size() < wanted) {
                long post = r.getLong(1);
                int n = r.getInt(2);
                Optional<String> login = loginOf(c, post);
                if (login.isPresent() && !logins.contains(login.get())) {
                    logins.add(login.get());
                    desks.add(new Desk(login.get(), code(c, post), post, n));
                }
            }
        }
        return desks;
    }

    private static Optional<String> loginOf(Connection c, long post) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT u.login_id FROM post_assignment a JOIN app_user u ON u.id = a.user_id "
                        + "WHERE a.post_id = ? AND a.kind = 'PRIMARY' AND a.to_date IS NULL AND u.active = ? "
                        + "AND u.must_change_password = ? ORDER BY u.id")) {
            s.setLong(1, post);
            s.setBoolean(2, true);
            s.setBoolean(3, false);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static String code(Connection c, long post) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM post WHERE id = ?")) {
            s.setLong(1, post);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** Active, non-confidential files held by the forwarding desks, which are paired off 0–1, 2–3, … */
    private static List<Slot> slots(Connection c, List<Desk> desks) throws SQLException {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i + 1 < desks.size(); i += 2) {
            for (int side = 0; side < 2; side++) {
                Desk holder = desks.get(i + side);
                Desk other = desks.get(i + 1 - side);
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT w.id FROM work_item w JOIN efile f ON f.id = w.id WHERE w.holder_post_id = ? "
                                + "AND w.status = 'ACTIVE' AND f.confidential = ? ORDER BY w.id")) {
                    s.setLong(1, holder.postId());
                    s.setBoolean(2, false);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            slots.add(new Slot(r.getLong(1), holder, other));
                        }
                    }
                }
            }
        }
        // interleave the desks so that consecutive forwards go to different desks
        slots.sort(Comparator.comparingLong(s -> s.fileId() % 97));
        return slots.size() > MAX_SLOTS ? List.copyOf(slots.subList(0, MAX_SLOTS)) : slots;
    }

    /** The commonest Devanagari words of four letters or more in file subjects. */
    private static List<String> hindiWords(Connection c, int wanted) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT subject FROM work_item WHERE kind = 'FILE' ORDER BY id FETCH FIRST 5000 ROWS ONLY");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                for (String word : r.getString(1).split("[\\s\\p{Punct}।]+")) {
                    if (word.codePointCount(0, word.length()) >= 4 && word.codePoints().allMatch(Targets::devanagari)) {
                        counts.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(wanted).forEach(e -> top.put(e.getKey(), e.getValue()));
        if (top.isEmpty()) {
            throw new IllegalStateException("no Hindi subject words found");
        }
        return List.copyOf(top.keySet());
    }

    private static boolean devanagari(int cp) {
        return Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.DEVANAGARI;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
