package org.daftar.benchmark;

import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Generates a whole district into an empty database:
 * <pre>
 *   java -cp 'benchmark/target/classes:benchmark/target/lib/*' org.daftar.benchmark.Generate --size 10k --derby /tmp/gen10k
 *   java -cp ... org.daftar.benchmark.Generate --size 1M --jdbc jdbc:postgresql://localhost/daftar --user daftar --password daftar
 * </pre>
 * {@code --derby DIR} creates the embedded database {@code DIR/db} exactly as the app's derby-pool does, so
 * {@code DAFTAR_DATA=DIR bash scripts/run.sh} opens it. Sizes: {@code 10k}, {@code 100k}, {@code 1M} files
 * (or any number); receipts 3×, instructions 0.2× the files; movements ≈ 20× and notes ≈ 5×.
 */
public final class Generate {

    /** The one source of "now" for a command-line run: the district is generated up to this moment. */
    private static final Clock CLOCK = Clock.systemUTC();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        long files = size(a.getOrDefault("size", "10k"));
        String url;
        boolean derby = a.containsKey("derby");
        if (derby) {
            url = "jdbc:derby:" + Path.of(a.get("derby")).toAbsolutePath().resolve("db")
                    + ";create=true;territory=hi_IN;collation=TERRITORY_BASED:PRIMARY";
            System.setProperty("derby.storage.pageCacheSize", "20000");
            // the imports build every index by an external sort: fewer, longer runs to merge
            System.setProperty("derby.storage.sortBufferMax", "200000");
            // a load that fails is started again from scratch: no need to force the log to disk at each commit
            System.setProperty("derby.system.durability", "test");
        } else if (a.containsKey("jdbc")) {
            url = a.get("jdbc");
        } else {
            System.err.println("usage: Generate --size 10k|100k|1M|<files> (--derby DIR | --jdbc URL [--user U --password P]) [--seed N] [--load bulk|jdbc]");
            System.exit(2);
            return;
        }
        long seed = Long.parseLong(a.getOrDefault("seed", "7"));
        boolean bulk = !a.getOrDefault("load", "bulk").equals("jdbc");
        Path load = derby ? Path.of(a.get("derby")).toAbsolutePath().resolve("load") : null;
        try (Connection c = DriverManager.getConnection(url, a.get("user"), a.get("password"))) {
            Tables tables = !bulk ? Tables.jdbc(c) : derby ? CsvTable.derby(c, url, Files.createDirectories(load))
                    : url.startsWith("jdbc:postgresql:") ? CsvTable.postgresql(c) : Tables.jdbc(c);
            new Generate().run(c, tables, url, a.get("user"), a.get("password"), files, CLOCK.instant(), seed);
        }
        if (load != null) {
            Files.deleteIfExists(load);
        }
        if (derby) {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

    /**
     * What PostgreSQL's manual asks after a bulk load: statistics for the planner, and the visibility
     * map that lets an index-only scan skip the table. Without it the busiest desk's inbox count at
     * 1 M files read 30,000 heap pages (340 ms instead of 17 ms) until autovacuum came round.
     */
    private static void vacuumAnalyze(Connection c) throws SQLException {
        long start = System.nanoTime();
        c.commit();
        c.setAutoCommit(true); // VACUUM cannot run inside a transaction
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        c.setAutoCommit(false);
        System.out.printf("vacuum analyze in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Migrates the schema, refuses a database that already holds a district, and fills it; answers the busiest posts' indexes. */
    int[] run(Connection c, Tables tables, String url, String user, String password, long files, Instant now, long seed) throws SQLException {
        long start = System.nanoTime();
        boolean derby = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
        migrate(url, user, password, derby);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM district")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the database already holds a district: generate into an empty one");
            }
        }
        LocalDate today = LocalDate.ofInstant(now, Items.INDIA);
        WorkDays days = new WorkDays(today.getYear() - 4, today.getYear() + 1);
        District org = new District();
        org.write(c, days, today);
        System.out.printf("organisation: %d departments, %d sections, %d posts, %d users%n",
                District.DEPARTMENTS, District.SECTIONS, District.POSTS, District.USERS);
        Items items = new Items(c, tables, org, days, now, seed, files);
        Progress p = new Progress(System.out, "files", files);
        for (long i = 0; i < files; i++) {
            items.file(i, files);
            p.at(i + 1);
        }
        p.done();
        long receipts = 3 * files;
        p = new Progress(System.out, "receipts", receipts);
        for (long i = 0; i < receipts; i++) {
            items.receipt(i, receipts);
            p.at(i + 1);
        }
        p.done();
        long instructions = files / 5;
        p = new Progress(System.out, "instructions", instructions);
        for (long i = 0; i < instructions; i++) {
            items.instruction(i, instructions);
            p.at(i + 1);
        }
        p.done();
        items.writeSeries();
        items.close();
        restartIdentities(c, items);
        if (!derby) {
            vacuumAnalyze(c);
        }
        System.out.printf("generated %,d items, %,d movements, %,d notes, %,d disposals, %,d instructions in %.0f s%n",
                items.ids("work_item"), items.ids("movement"), items.ids("note"), items.ids("disposal"),
                items.ids("instruction"), (System.nanoTime() - start) / 1e9);
        System.out.printf("escalation rungs pending: %,d, due at the first sweep: %,d%n", items.deadlines().pending(), items.deadlines().due());
        StringBuilder busy = new StringBuilder("busiest desks (login/post code):");
        for (int post : items.busyPosts()) {
            District.Post p2 = org.posts.get(post);
            busy.append(' ').append(p2.login()).append('/').append(p2.code());
        }
        System.out.println(busy + "; every password " + District.PASSWORD);
        return items.busyPosts();
    }

    /** The project's own migrations, configured as ejb-module's Migrations does (Derby: from schema SYS, for the Hindi collation). */
    static void migrate(String url, String user, String password, boolean derby) {
        var config = Flyway.configure(Generate.class.getClassLoader()).locations("classpath:db/migration/common",
                "classpath:db/migration/" + (derby ? "derby" : "postgresql")).dataSource(url, user, password);
        if (derby) {
            config = config.initSql("SET SCHEMA SYS").schemas("APP").defaultSchema("APP");
        }
        config.load().migrate();
    }

    /** Ids were given explicitly: the identity columns continue after them, so the app's own inserts fit. */
    private static void restartIdentities(Connection c, Items items) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        next.put("district", 2L);
        next.put("department", (long) District.DEPARTMENTS + 1);
        next.put("org_section", (long) District.SECTIONS + 1);
        next.put("post", (long) District.POSTS + 1);
        next.put("app_user", (long) District.USERS + 1);
        next.put("post_assignment", 2L * District.POSTS + 1);
        next.put("subject_head", (long) District.SECTIONS * District.HEADS_PER_SECTION + 1);
        next.put("holiday", 1_000L);
        for (String t : new String[]{"work_item", "movement", "note", "disposal", "instruction", "assignment", "assignment_event",
                "escalation_step"}) {
            next.put(t, items.ids(t) + 1);
        }
        try (Statement s = c.createStatement()) {
            for (var e : next.entrySet()) {
                s.execute("ALTER TABLE " + e.getKey() + " ALTER COLUMN id RESTART WITH " + e.getValue());
            }
        }
        c.commit();
    }

    static long size(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long unit = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        return m;
    }
}
