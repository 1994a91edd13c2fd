package org.daftar.benchmark;

import java.io.PrintStream;

/** A one-line progress bar on the console: phase, bar, count, rows per second, elapsed time. */
final class Progress {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final String phase;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long drawn = -1;

    Progress(PrintStream out, String phase, long total) {
        this.out = out;
        this.phase = phase;
        this.total = Math.max(1, total);
    }

    void at(long done) {
        long now = System.nanoTime();
        if (done == drawn || now - lastDraw < 250_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        drawn = done;
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        double seconds = (now - start) / 1e9;
        out.printf("\r%-22s [%s%s] %,d/%,d  %,.0f/s  %.0fs ", phase, "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, done / Math.max(seconds, 1e-3), seconds);
        out.flush();
    }

    double done() {
        at(total);
        out.println();
        return (System.nanoTime() - start) / 1e9;
    }
}
