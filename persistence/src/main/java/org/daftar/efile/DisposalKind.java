package org.daftar.efile;

/** The kinds of work that count as disposing of an item for the daily discipline report. */
public enum DisposalKind {
    FORWARD_WITH_NOTE, CLOSE, DISPATCH
}
