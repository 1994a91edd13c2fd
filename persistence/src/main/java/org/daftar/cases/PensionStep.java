package org.daftar.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The checklist of a pension case, in the order the establishment works through it: the service
 * book is verified and the no-dues certificates collected (in either order), then the pension
 * papers go to the treasury, and at last the pension payment order (PPO) comes back.
 */
public enum PensionStep {
    SERVICE_BOOK_VERIFIED, NO_DUES, PAPERS_SENT_TO_TREASURY, PPO_RECEIVED;

    /** The steps that must be done before this one. */
    public Set<PensionStep> requires() {
        return switch (this) {
            case SERVICE_BOOK_VERIFIED, NO_DUES -> EnumSet.noneOf(PensionStep.class);
            case PAPERS_SENT_TO_TREASURY -> EnumSet.of(SERVICE_BOOK_VERIFIED, NO_DUES);
            case PPO_RECEIVED -> EnumSet.of(PAPERS_SENT_TO_TREASURY);
        };
    }
}
