package org.daftar.efile;

import java.time.Instant;

/**
 * Fired in the transaction that disposes of an item by closing it or dispatching a letter from it
 * ({@code reference}: the dispatch number, or the item's own), so that what waits on that work —
 * an instruction linked to the file, a time-limit letter in it — can follow in the same transaction.
 */
public record ItemDisposed(WorkItem item, DisposalKind kind, String reference, Actor actor, Instant at) {
}
