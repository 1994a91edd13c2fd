package org.daftar.efile;

import java.time.Instant;

/**
 * One step of an item's track: who moved it where, and how long the receiving desk then held it —
 * in working days (the holiday calendar) and working hours. The current holder's row runs until now.
 */
public record TrackRow(int seq, MovementAction action, Details.PostName fromPost, Details.PostName toPost, String actorEn,
                       String actorHi, Instant at, Instant leftAt, int heldWorkingDays, long heldWorkingHours,
                       boolean current, boolean overLimit, String remark) {
}
