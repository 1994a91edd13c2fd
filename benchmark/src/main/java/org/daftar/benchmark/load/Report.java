package org.daftar.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run's Markdown report ({@code <date>-<db>-<size>.md}) and puts its metrics into
 * {@code latest.json}, a list with one object per database (the entry of the same database is replaced).
 */
final class Report {

    private static final Map<String, String> GOALS = Map.ofEntries(
            Map.entry("inbox_rest_p95_ms", "≤ 100 ms at 1 M, ≤ 3× limit"),
            Map.entry("inbox_page_p95_ms", "≤ 150 ms at 1 M, ≤ 6× limit"),
            Map.entry("forward_form_per_s", "≥ 150/s"),
            Map.entry("forward_rest_per_s", "≥ 300/s, ≥ 0.3× limit"),
            Map.entry("dashboard_ms", "≤ 100 ms"),
            Map.entry("groupby_dashboard_ratio", "≥ 50"),
            Map.entry("tl_pack_s", "≤ 5 s"),
            Map.entry("sweep_s", "≤ 10 s (5 k due of 200 k)"),
            Map.entry("search_p95_ms", "≤ 200 ms at 1 M"),
            Map.entry("boot_s", "≤ 20 s"),
            Map.entry("rss_mb", "≤ 1024 MB"),
            Map.entry("inbox_rest_limit_ratio", "≤ 3"),
            Map.entry("inbox_page_limit_ratio", "≤ 6"),
            Map.entry("forward_rest_limit_ratio", "≥ 0.3"));

    private Report() {
    }

    static void write(Options o, Machine m, Targets t, Map<String, Object> metrics, Map<String, Figures> figures,
                      List<String> forwardSteps, List<String> problems, Map<String, Double> rssByPhase) throws IOException {
        Files.createDirectories(o.out());
        String base = o.date() + "-" + o.db() + "-" + o.size() + (o.only() == null ? "" : "-" + o.only());
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark ").append(o.date()).append(": ").append(o.db()).append(", ").append(o.size())
                .append(String.format(Locale.ROOT, " (%,d files)%n%n", t.files()));
        md.append(o.smoke() ? "Smoke run (short phases, no thresholds): the figures only show that every scenario runs.\n\n"
                : o.quiet() ? "Measured on a 2-core machine that ran nothing else meanwhile (`--quiet`, said by whoever started the run).\n\n"
                : "Measured on a shared 2-core machine while other engineers' builds and tests ran: **figures are under contention**; "
                + "compare runs made side by side, not across days.\n\n");
        md.append("## Machine\n\n| cores | RAM | Java | database | target |\n|---|---|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| %d | %,d MB | %s | %s | %s |%n%n", m.cores(), m.ramMb(), m.java(), m.database(),
                        o.baseUrl() == null ? "uber-jar on localhost:" + o.port() + " (Payara Micro, --nocluster)" : o.baseUrl()));
        md.append("## Targets (found over JDBC before the boot)\n\n")
                .append(String.format(Locale.ROOT, "- busiest desk `%s` (%d active items), as `%s`%n", t.busiest().postCode(),
                        t.busiest().pending(), t.busiest().login()))
                .append(String.format(Locale.ROOT, "- track: file %d with %d movements, as `%s`%n", t.trackFileId(), t.trackMovements(), t.trackLogin()))
                .append("- search words: ").append(String.join(", ", t.hindiWords())).append('\n')
                .append(String.format(Locale.ROOT, "- forwarding: %d files ping-pong between %d desks (%s)%n%n", t.slots().size(),
                        t.forwardDesks().size(), String.join(", ", t.forwardDesks().stream().map(Targets.Desk::login).toList())));
        md.append("## Metrics (latest.json)\n\nOffered load of the latency scenarios: ")
                .append(String.format(Locale.ROOT, "**%.0f requests/s**, open model (a new virtual user per arrival), one scenario at a time, %d s each",
                        o.smoke() ? Harness.SMOKE_RATE : Harness.LATENCY_RATE, o.seconds()))
                .append(o.smoke() ? "" : " after a 5 s warm-up at 20/s")
                .append("; the dashboard (page, pendency API and its limit) at a tenth of that, the review load of a district's few officers")
                .append(". Forwarding: the offered rate steps up (15 s per step) while p95 ≤ 500 ms, nothing fails and the achieved "
                        + "rate is ≥ 90 % of the offered one; the metric is the best achieved rate kept.\n\n")
                .append("| metric | value | goal (issue 7) |\n|---|---|---|\n");
        metrics.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v == null ? "n/a" : v).append(" | ")
                .append(GOALS.getOrDefault(k, "")).append(" |\n"));
        md.append("\n## Every scenario (ms, successful responses)\n\nA latency metric above is the p95 of the successful "
                + "responses only: where many requests failed (KO, mostly no answer within 20 s) the server did not keep up "
                + "with the offered load, and the KO column matters more than the percentiles.\n\n"
                + "| scenario | ok | KO | KO % | p50 | p95 | p99 | mean |\n|---|---|---|---|---|---|---|---|\n");
        figures.forEach((name, f) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                name, f.ok(), f.ko(), 100.0 * f.ko() / Math.max(1, f.ok() + f.ko()), f.p50(), f.p95(), f.p99(), f.mean())));
        md.append("\n## Forwarding steps\n\n| way | offered/s | achieved/s | ok | KO | p50 ms | p95 ms | starved |\n|---|---|---|---|---|---|---|---|\n");
        forwardSteps.forEach(s -> md.append(s).append('\n'));
        if (!rssByPhase.isEmpty()) {
            md.append("\n## Resident memory by phase\n\nThe application's largest VmRSS in each part of the run (sampled every second; "
                    + "`rss_mb` is the largest of them).\n\n| phase | RSS MB |\n|---|---|\n");
            rssByPhase.forEach((name, mb) -> md.append(String.format(Locale.ROOT, "| %s | %.0f |%n", name, mb)));
        }
        md.append("\n`n/a`: the `/bench/limit` endpoints (DAFTAR_BENCHMARK=true) answered 404, or the scenario did not run.\n");
        md.append("\n## Tuned\n\n_(filled in by the lead: what was changed before this run, and its effect)_\n");
        if (!problems.isEmpty()) {
            md.append("\n## Problems\n\n");
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        Files.writeString(o.out().resolve(base + ".md"), md);
        if (o.only() == null) {
            updateLatest(o.out().resolve("latest.json"), o, t, metrics, figures, base + ".md");
        } else {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(o.out().resolve(base + ".json"), json.writeValueAsString(metrics));
        }
        System.out.println("results: " + o.out().resolve(base + ".md"));
    }

    private static void updateLatest(Path file, Options o, Targets t, Map<String, Object> metrics, Map<String, Figures> figures,
                                     String report) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode list = json.createArrayNode();
        if (Files.exists(file)) {
            for (JsonNode entry : json.readTree(file.toFile())) {
                if (!o.db().equals(entry.path("database").asText())) {
                    list.add(entry);
                }
            }
        }
        ObjectNode entry = list.addObject();
        entry.put("database", o.db());
        entry.put("files", t.files());
        entry.put("size", o.size());
        entry.put("date", o.date().toString());
        entry.put("report", report);
        entry.set("metrics", json.valueToTree(metrics));
        // the latency metrics are percentiles of the successful responses: say how many failed beside them
        ObjectNode failed = entry.putObject("failed_requests");
        figures.forEach((name, f) -> failed.put(name, f.ko()));
        Files.writeString(file, json.writeValueAsString(list) + "\n");
    }
}
