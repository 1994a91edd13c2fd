package org.daftar.efile;

import java.util.List;

/** Where an item is, since when, and the desk-time ledger of its whole journey. */
public record Track(Details.ItemState item, List<TrackRow> steps, int deskLimitDays, boolean chainIntact) {
}
