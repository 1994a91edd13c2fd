package org.daftar.mis.onboarding;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An import running in the background, watched by the page's progress bar: how many rows are
 * done, and at the end what was created or why nothing was.
 */
public class ImportJob implements Serializable {

    /** What was created; {@code present} rows existed already and were left as they were. */
    public record Imported(int posts, int users, int present) implements Serializable {
    }

    /** Why nothing was imported: the row (0: none in particular) and the reason as a bundle key. */
    public record Failure(int line, String key, List<Object> args) implements Serializable {
    }

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<Imported> imported = new AtomicReference<>();
    private final AtomicReference<Failure> failure = new AtomicReference<>();

    public ImportJob(int total) {
        this.total = Math.max(total, 1);
    }

    void advance() {
        done.incrementAndGet();
    }

    void finish(Imported result) {
        imported.set(result);
    }

    void fail(Failure why) {
        failure.set(why);
    }

    public boolean isFinished() { return imported.get() != null || failure.get() != null; }

    /** 0–100; 100 only once finished, whether it succeeded or not. */
    public int percent() {
        return isFinished() ? 100 : Math.min(99, done.get() * 100 / total);
    }

    public Imported imported() { return imported.get(); }

    public Failure failure() { return failure.get(); }
}
