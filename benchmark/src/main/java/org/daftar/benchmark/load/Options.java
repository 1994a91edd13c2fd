package org.daftar.benchmark.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The harness's command line (benchmark/run.sh passes it on; see benchmark/README.md). */
record Options(String db, String size, String jdbc, String user, String password, Path data, Path jar, int port,
               boolean smoke, boolean quiet, String baseUrl, String only, Path out, int seconds, LocalDate date,
               Instant generatedAt) {

    private static final Set<String> FLAGS = Set.of("smoke", "quiet");

    /** @param clock where the run's date comes from (its reports, and the packs it asks to build) */
    static Options parse(String[] args, Clock clock) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw usage("unexpected " + args[i]);
            }
            String key = args[i].substring(2);
            a.put(key, FLAGS.contains(key) ? "true" : next(args, ++i, key));
        }
        if (!a.containsKey("jdbc") || !a.containsKey("db") || !a.containsKey("size") || !a.containsKey("out")) {
            throw usage("--db, --size, --jdbc and --out are required");
        }
        String only = a.get("only");
        if (only != null && !only.equals("forward")) {
            throw usage("--only takes 'forward'");
        }
        if (a.get("base-url") == null && (only != null || !a.containsKey("data") || !a.containsKey("jar"))) {
            throw usage("without --base-url the harness boots the app: give --data and --jar (and no --only)");
        }
        if (a.get("base-url") != null && only == null) {
            throw usage("--base-url needs --only forward");
        }
        boolean smoke = a.containsKey("smoke");
        return new Options(a.get("db"), a.get("size"), a.get("jdbc"), a.get("user"), a.get("password"),
                a.containsKey("data") ? Path.of(a.get("data")).toAbsolutePath() : null,
                a.containsKey("jar") ? Path.of(a.get("jar")).toAbsolutePath() : null,
                Integer.parseInt(a.getOrDefault("port", "18080")), smoke, a.containsKey("quiet"), a.get("base-url"), only,
                Path.of(a.get("out")).toAbsolutePath(), Integer.parseInt(a.getOrDefault("seconds", smoke ? "4" : "30")),
                LocalDate.now(clock), a.containsKey("generated-at") ? Instant.ofEpochSecond(Long.parseLong(a.get("generated-at"))) : null);
    }

    private static String next(String[] args, int i, String key) {
        if (i >= args.length) {
            throw usage("--" + key + " needs a value");
        }
        return args[i];
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\nusage: Harness --db derby|postgres --size 10k --jdbc URL [--user U --password P] "
                + "--out DIR (--data DIR --jar daftar.jar [--port 18080] [--smoke] [--seconds N] [--quiet] [--generated-at EPOCH_SECONDS]"
                + " | --base-url URL --only forward)");
    }
}
