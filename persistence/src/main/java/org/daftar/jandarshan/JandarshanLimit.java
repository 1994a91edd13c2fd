package org.daftar.jandarshan;

import jakarta.persistence.*;

/**
 * The time limit for disposing of applications of one category, in working days. A category
 * without a row gets {@link #DEFAULT_WORKING_DAYS}.
 */
@Entity
@Table(name = "jandarshan_limit")
public class JandarshanLimit {

    public static final int DEFAULT_WORKING_DAYS = 7;
    /** A longer limit is a typing mistake, not a time limit. */
    public static final int MAX_WORKING_DAYS = 365;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private JandarshanCategory category;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    protected JandarshanLimit() {
    }

    public JandarshanLimit(JandarshanCategory category, int workingDays) {
        this.category = category;
        change(workingDays);
    }

    public void change(int workingDays) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new org.daftar.platform.BusinessException("jandarshan.limit.invalid", MAX_WORKING_DAYS);
        }
        this.workingDays = workingDays;
    }

    public JandarshanCategory getCategory() { return category; }
    public int getWorkingDays() { return workingDays; }
}
