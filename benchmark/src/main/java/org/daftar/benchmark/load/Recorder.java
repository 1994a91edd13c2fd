package org.daftar.benchmark.load;

import io.gatling.javaapi.core.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The response times Gatling measured, kept per scenario name as the virtual users go (Gatling
 * 3.14's reports are HTML only, its simulation.log binary): every request saves its response time
 * in the session, and the scenario hands it here with whether the request succeeded.
 */
final class Recorder {

    private record Times(List<Long> ok, AtomicLong ko) {}

    private static final Map<String, Times> times = new ConcurrentHashMap<>();

    private Recorder() {
    }

    static void clear() {
        times.clear();
    }

    /** Records the sum of the response times saved under {@code keys}; a failed session counts as KO. */
    static Session record(String name, Session session, String... keys) {
        Times t = times.computeIfAbsent(name, n -> new Times(new ArrayList<>(), new AtomicLong()));
        long total = 0;
        boolean ok = !session.isFailed();
        for (String key : keys) {
            if (session.contains(key)) {
                total += session.getInt(key);
            } else {
                ok = false;
            }
        }
        if (ok) {
            synchronized (t.ok()) {
                t.ok().add(total);
            }
        } else {
            t.ko().incrementAndGet();
        }
        Session cleared = session;
        for (String key : keys) {
            cleared = cleared.remove(key);
        }
        return cleared;
    }

    /** Count, KO and percentiles (nearest rank) of the successful responses, by name. */
    static Map<String, Figures> figures() {
        Map<String, Figures> result = new HashMap<>();
        times.forEach((name, t) -> {
            long[] sorted;
            synchronized (t.ok()) {
                sorted = t.ok().stream().mapToLong(Long::longValue).sorted().toArray();
            }
            double mean = sorted.length == 0 ? Double.NaN : java.util.Arrays.stream(sorted).average().orElse(Double.NaN);
            result.put(name, new Figures(name, sorted.length, t.ko().get(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), mean));
        });
        return result;
    }

    private static double rank(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
