package org.daftar.mis.onboarding;

/**
 * What the collectors chase before a department can work only in e-Office. Some steps are recorded
 * by people (the e-mail ID, the VPN, the nodal officer, training; the headcount the department
 * declares), the others are computed from what Daftar already knows (posts with holders, user IDs,
 * ID cards).
 */
public enum Step {
    EMAIL(true, true), VPN(true, true), NODAL(true, true), POSTS(false, true), USER_IDS(false, true),
    ID_CARDS(false, true), TRAINING(true, true), HEADCOUNT(true, false);

    private final boolean recorded;
    private final boolean counted;

    Step(boolean recorded, boolean counted) {
        this.recorded = recorded;
        this.counted = counted;
    }

    /** Entered by a person rather than computed. */
    public boolean isRecorded() { return recorded; }

    /** One of the steps the department's percentage is made of (the headcount only feeds {@link #USER_IDS}). */
    public boolean isCounted() { return counted; }
}
