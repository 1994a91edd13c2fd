package org.daftar.efile;

/**
 * How urgent a receipt or file is (सामान्य / तत्काल / अति तत्काल). The inbox shows the most urgent
 * first, then the oldest; {@link #urgency()} is what the database sorts by.
 */
public enum Priority {
    ORDINARY(0, 7), IMMEDIATE(1, 3), MOST_IMMEDIATE(2, 1);

    private final int urgency;
    private final int deskLimitDays;

    Priority(int urgency, int deskLimitDays) {
        this.urgency = urgency;
        this.deskLimitDays = deskLimitDays;
    }

    public int urgency() { return urgency; }

    /** Working days a desk may hold an item of this priority before the track marks it as delayed. */
    public int deskLimitDays() { return deskLimitDays; }
}
