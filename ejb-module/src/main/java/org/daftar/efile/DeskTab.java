package org.daftar.efile;

/** The tabs of a desk: what arrived, what I sent (and may pull back), what I parked, closed, or created. */
public enum DeskTab {
    INBOX, SENT, PARKED, CLOSED, CREATED
}
