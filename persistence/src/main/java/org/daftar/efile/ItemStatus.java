package org.daftar.efile;

/**
 * Where a receipt or file stands. ACTIVE and PARKED items are pending on their holder's desk;
 * CLOSED ones are disposed of; a receipt put into a file is FILED and moves with the file from then on.
 */
public enum ItemStatus {
    ACTIVE, PARKED, CLOSED, FILED;

    public boolean isPending() { return this == ACTIVE || this == PARKED; }
}
