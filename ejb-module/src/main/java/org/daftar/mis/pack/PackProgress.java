package org.daftar.mis.pack;

import java.io.Serializable;

/**
 * How far a pack being built has got, for the page's progress bar: steps done out of all (a step
 * per part, then the PDF and the workbook), then the archived pack or the refusal. Written by the
 * building thread, read by the page's polls.
 */
public class PackProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int done;
    private volatile int steps = 1;
    private volatile String step;
    private volatile Long packId;
    private volatile String errorKey;

    void start(int steps) {
        this.steps = Math.max(steps, 1);
    }

    /** The step being worked on now: a part's key, "pdf" or "xlsx". */
    void working(String step) {
        this.step = step;
    }

    void stepDone() {
        done = Math.min(done + 1, steps);
    }

    void finished(Long id) {
        done = steps;
        packId = id;
    }

    void failed(String key) {
        errorKey = key;
    }

    /** 0–100; 100 only once the pack is archived (or the build failed). */
    public int percent() {
        return packId != null || errorKey != null ? 100 : Math.min(99, done * 100 / steps);
    }

    public boolean isRunning() { return packId == null && errorKey == null; }

    public String step() { return step; }

    public Long packId() { return packId; }

    public String errorKey() { return errorKey; }
}
